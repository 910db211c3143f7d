// A long list drawn as one semantic <table> with antd's small-table look, only the rows in view in the
// DOM (the meeting list: 20,000 rows, 200 fetched at a time). Rows have one fixed height, so nothing is
// measured: antd's virtual Table (rc-table + rc-virtual-list) read every row's height and computed style
// and the scroll positions on each showing, about half the list's first showing.
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { ColGroup, EmptyRow, useAntdTableClasses, type PlainColumn } from './PlainTable';
import { SortCarets, type SortOrder } from './SortCarets';

export interface VirtualColumn<T> extends PlainColumn<T> {
  align?: 'right';
  /** One line, cut with "…" (the full text goes in the cell's own `title`). */
  ellipsis?: boolean;
  /** Sortable when set: this column's current order (null: sorted by another column). */
  sortOrder?: SortOrder | null;
  /** False: the column sorts one way only (one caret shown). */
  sortBoth?: boolean;
}

/** Rows drawn beyond the visible ones on each side, so a wheel step shows rows already there. */
const OVERSCAN = 8;

// The scroll box's size is given (`height`) and followed by ResizeObserver, never read back during a
// render: the default reads clientHeight in a layout effect, a forced layout of the whole page.
const observeElementRect = (
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) => {
  const element = instance.scrollElement;
  if (!element) return;
  const observer = new ResizeObserver(([entry]) => {
    if (entry)
      cb({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
  });
  observer.observe(element);
  return () => observer.disconnect();
};

export function VirtualTable<T>({
  className,
  label,
  columns,
  rows,
  rowKey,
  rowHeight,
  height,
  total,
  resetKey,
  onSort,
  onNearEnd,
  rowProps,
  emptyText,
}: {
  className?: string;
  /** The table's accessible name. */
  label: string;
  columns: readonly VirtualColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Every row's height in pixels (CSS keeps each row on one line). */
  rowHeight: number;
  /** The scroll box's greatest height in pixels, the header row included. */
  height: number;
  /** All the rows there are, loaded or not (for screen readers' "row N of M"). */
  total: number;
  /** When it changes (another filter or sort), the list scrolls back to its top. */
  resetKey: string;
  onSort?: (columnKey: string) => void;
  /** Called when the rows in view come within two screens of the last loaded row. */
  onNearEnd?: () => void;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement>;
  emptyText: ReactNode;
}) {
  const { wrapper, prefix } = useAntdTableClasses(className);
  const scroller = useRef<HTMLDivElement>(null);
  const bodyHeight = Math.max(rowHeight, height - rowHeight);
  // The compiler leaves this component unmemoised (the virtualizer's getters change without a new
  // object); it renders again on each scroll step through the hook's own state, which is what it needs.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    initialRect: { width: 0, height },
    observeElementRect,
    // The header row sits inside the scroll box (sticky, about one row high): rows start below it.
    paddingStart: rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? -1;
  const shown = Math.ceil(bodyHeight / rowHeight);

  useEffect(() => {
    if (onNearEnd && rows.length > 0 && last >= rows.length - 2 * shown) onNearEnd();
  }, [last, rows.length, shown, onNearEnd]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const before = (items[0]?.start ?? rowHeight) - rowHeight;
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const sortKeyDown = (key: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSort?.(key);
    }
  };

  return (
    <div className={wrapper}>
      <div className={`${prefix} ${prefix}-small ${prefix}-layout-fixed`}>
        <div className={`${prefix}-container`}>
          <div ref={scroller} className="virtual-table-scroll" style={{ maxHeight: height }}>
            <table style={{ tableLayout: 'fixed' }} aria-label={label} aria-rowcount={total + 1}>
              <ColGroup columns={columns} />
              <thead className={`${prefix}-thead`}>
                <tr aria-rowindex={1}>
                  {columns.map((c) => {
                    const sortable = c.sortOrder !== undefined;
                    const classes = [
                      `${prefix}-cell`,
                      sortable ? `${prefix}-column-has-sorters` : '',
                      c.sortOrder ? `${prefix}-column-sort` : '',
                    ];
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        className={classes.filter(Boolean).join(' ')}
                        style={c.align ? { textAlign: c.align } : undefined}
                        aria-sort={
                          c.sortOrder ? (c.sortOrder === 'ascend' ? 'ascending' : 'descending') : undefined
                        }
                        tabIndex={sortable ? 0 : undefined}
                        onClick={sortable ? () => onSort?.(c.key) : undefined}
                        onKeyDown={sortable ? sortKeyDown(c.key) : undefined}
                      >
                        {sortable ? (
                          <div className={`${prefix}-column-sorters`}>
                            <span className={`${prefix}-column-title`}>{c.title}</span>
                            <SortCarets order={c.sortOrder ?? null} both={c.sortBoth !== false} />
                          </div>
                        ) : (
                          c.title
                        )}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody className={`${prefix}-tbody`}>
                {rows.length === 0 ? <EmptyRow columns={columns.length}>{emptyText}</EmptyRow> : null}
                {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
                {items.map((item) => {
                  const row = rows[item.index] as T;
                  const { className: rowClass, ...props } = rowProps?.(row) ?? {};
                  return (
                    <tr
                      key={rowKey(row)}
                      {...props}
                      aria-rowindex={item.index + 2}
                      style={{ height: rowHeight }}
                      className={`${prefix}-row ${prefix}-row-level-0${rowClass ? ` ${rowClass}` : ''}`}
                    >
                      {columns.map((c) => {
                        const classes = [`${prefix}-cell`, c.ellipsis ? `${prefix}-cell-ellipsis` : ''];
                        return (
                          <td
                            key={c.key}
                            className={classes.filter(Boolean).join(' ')}
                            style={c.align ? { textAlign: c.align } : undefined}
                          >
                            {c.render(row)}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
                {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
