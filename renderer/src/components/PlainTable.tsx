// A small table drawn as a plain semantic <table> with antd's small-table classes and styles, for short
// lists edited in place (a meeting's attendees). antd's Table (rc-table) measures the scrollbar of each
// table it mounts (a <style> inserted and read back: a style and layout pass of the whole page) and runs
// its per-row and per-cell machinery; none of that is needed for twenty rows without sorting or scrolling.
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useTableStyle from 'antd/es/table/style';
import type { HTMLAttributes, ReactNode } from 'react';

export interface PlainColumn<T> {
  key: string;
  /** The header's text (none: an empty header cell). */
  title?: ReactNode;
  /** In pixels; columns without one share what is left (the table's layout is fixed). */
  width?: number;
  render: (row: T) => ReactNode;
}

const prefix = 'ant-table';

/** The wrapper's classes that give a plain table antd's table styles (registered once per session,
 * shared with every antd Table). */
export function useAntdTableClasses(className: string | undefined): { wrapper: string; prefix: string } {
  const rootCls = useCSSVarCls(prefix);
  const [hashId, cssVarCls] = useTableStyle(prefix, rootCls);
  return {
    wrapper: [cssVarCls, rootCls, `${prefix}-wrapper`, className, hashId].filter(Boolean).join(' '),
    prefix,
  };
}

/** One `<col>` a column, with its width when it has one (the table's layout is fixed). */
export function ColGroup({ columns }: { columns: readonly { key: string; width?: number }[] }) {
  return (
    <colgroup>
      {columns.map((c) => (
        <col key={c.key} style={c.width ? { width: c.width } : undefined} />
      ))}
    </colgroup>
  );
}

/** antd's placeholder row of an empty table, across every column. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr className={`${prefix}-placeholder`}>
      <td className={`${prefix}-cell`} colSpan={columns}>
        {children}
      </td>
    </tr>
  );
}

export function PlainTable<T>({
  className,
  columns,
  rows,
  rowKey,
  rowProps,
  emptyText,
}: {
  className?: string;
  columns: readonly PlainColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The row's own attributes and handlers (its class is added to antd's row classes). */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement>;
  emptyText: ReactNode;
}) {
  const { wrapper } = useAntdTableClasses(className);
  return (
    <div className={wrapper}>
      <div className={`${prefix} ${prefix}-small ${prefix}-layout-fixed`}>
        <div className={`${prefix}-container`}>
          <div className={`${prefix}-content`}>
            <table style={{ tableLayout: 'fixed' }}>
              <ColGroup columns={columns} />
              <thead className={`${prefix}-thead`}>
                <tr>
                  {columns.map((c) => (
                    <th key={c.key} className={`${prefix}-cell`} scope="col">
                      {c.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={`${prefix}-tbody`}>
                {rows.length === 0 ? (
                  <EmptyRow columns={columns.length}>{emptyText}</EmptyRow>
                ) : (
                  rows.map((r) => {
                    const { className: rowClass, ...props } = rowProps?.(r) ?? {};
                    return (
                      <tr
                        key={rowKey(r)}
                        {...props}
                        className={`${prefix}-row ${prefix}-row-level-0${rowClass ? ` ${rowClass}` : ''}`}
                      >
                        {columns.map((c) => (
                          <td key={c.key} className={`${prefix}-cell`}>
                            {c.render(r)}
                          </td>
                        ))}
                      </tr>
                    );
                  })
                )}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
