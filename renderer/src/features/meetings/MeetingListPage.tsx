// Cuộc họp: filters, a sortable virtualized table, pages fetched while scrolling.
import { PlusOutlined } from '@ant-design/icons';
import { Button, type InputRef } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MeetingListQuery, MeetingSummary, OrganizationSummary } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { formatDateTime, formatNumber, kindLabels } from '../../lib/format';
import { useOrganizations } from '../../lib/organizations';
import { useDebounced } from '../../lib/useDebounced';
import { useRemainingHeight } from '../../lib/useRemainingHeight';
import { useSearchTarget, useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { MeetingFilters, type MeetingFilterValues } from './MeetingFilters';
import { OPENING_SORT, useMeetingPages } from './useMeetingPages';

type Sort = NonNullable<MeetingListQuery['sort']>;

/** A row's height (one line, dense): fixed, so the list never measures its rows. */
const ROW_HEIGHT = 36;

/** The sort after a click on a column's header (antd's cycle: the title sorts one way, then off). */
function nextSort(current: Sort, columnKey: string): Sort {
  if (columnKey === 'title') return current === 'title-asc' ? 'startsAt-desc' : 'title-asc';
  return current === 'startsAt-desc' ? 'startsAt-asc' : 'startsAt-desc';
}

export function MeetingListPage() {
  useWindowTitle('Cuộc họp');
  const searchRef = useRef<InputRef>(null);
  useSearchTarget(searchRef);
  const [filters, setFilters] = useState<MeetingFilterValues>({
    year: undefined,
    kind: undefined,
    organizerId: undefined,
    text: '',
  });
  const [sort, setSort] = useState<Sort>(OPENING_SORT);
  const text = useDebounced(filters.text, 250);
  const pages = useMeetingPages({
    year: filters.year,
    kind: filters.kind,
    organizerId: filters.organizerId,
    text: text.trim() || undefined,
    sort,
  });
  const organizations = useOrganizations();
  // The page's bottom padding is below the table.
  const [tableTop, height] = useRemainingHeight(24);

  // The columns change only with the sort and the directory: rows are not drawn again on every render
  // of the page (the list's first showing renders it several times: loading, the first page, heights).
  const columns = useMemo(() => meetingColumns(sort, organizations), [sort, organizations]);

  const onSort = useCallback((columnKey: string) => setSort((current) => nextSort(current, columnKey)), []);
  const rowProps = useCallback(
    (m: MeetingSummary) => ({ onDoubleClick: () => navigate(`#/meetings/${m.id}`) }),
    [],
  );

  return (
    <>
      <PageHeader
        title="Cuộc họp"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('#/meetings/new')}>
            Cuộc họp mới (Ctrl+N)
          </Button>
        }
      />
      <MeetingFilters value={filters} onChange={setFilters} searchRef={searchRef} />
      {pages.error ? (
        <ErrorAlert title="Không tải được danh sách cuộc họp." error={pages.error} onRetry={pages.retry} />
      ) : null}
      <p className="count" aria-live="polite">
        Tổng số: <strong>{formatNumber(pages.total)}</strong> cuộc họp
        {pages.items.length < pages.total ? ` (đã tải ${formatNumber(pages.items.length)})` : ''}
      </p>
      <div ref={tableTop} />
      <VirtualTable<MeetingSummary>
        className="meetings dense-table"
        label="Danh sách cuộc họp"
        rowKey={meetingKey}
        rowHeight={ROW_HEIGHT}
        height={height}
        total={pages.total}
        resetKey={pages.key}
        columns={columns}
        rows={pages.items}
        onSort={onSort}
        onNearEnd={pages.loadMore}
        rowProps={rowProps}
        emptyText={pages.loading ? 'Đang tải…' : 'Chưa có cuộc họp nào'}
      />
    </>
  );
}

const meetingKey = (m: MeetingSummary) => m.id;

// One line a row, so ten meetings and more show at 1366×768; the full text is on hover. The kind is
// drawn as antd's blue Tag looks (styles.css), without a Tag component in every row.
function meetingColumns(
  sort: Sort,
  organizations: readonly OrganizationSummary[],
): VirtualColumn<MeetingSummary>[] {
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return [
    {
      key: 'startsAt',
      title: 'Thời gian',
      width: 150,
      sortOrder: sort === 'startsAt-desc' ? 'descend' : sort === 'startsAt-asc' ? 'ascend' : null,
      render: (m) => <span className="nowrap">{formatDateTime(m.startsAt)}</span>,
    },
    {
      key: 'title',
      title: 'Tên cuộc họp',
      sortOrder: sort === 'title-asc' ? 'ascend' : null,
      sortBoth: false,
      ellipsis: true,
      render: (m) => (
        <a href={`#/meetings/${m.id}`} title={m.title}>
          {m.title}
        </a>
      ),
    },
    {
      key: 'kind',
      title: 'Loại',
      width: 120,
      render: (m) => <span className="kind-tag">{kindLabels[m.kind]}</span>,
    },
    {
      key: 'organizers',
      title: 'Cơ quan chủ trì',
      width: 240,
      ellipsis: true,
      render: (m) => {
        const text = m.organizerIds.map((id) => names.get(id) ?? '…').join('; ');
        return <span title={text}>{text}</span>;
      },
    },
    {
      key: 'location',
      title: 'Địa điểm',
      width: 180,
      ellipsis: true,
      render: (m) => <span title={m.location ?? undefined}>{m.location ?? '—'}</span>,
    },
    { key: 'attendees', title: 'Thành phần', width: 100, align: 'right', render: (m) => m.attendeeCount },
  ];
}
