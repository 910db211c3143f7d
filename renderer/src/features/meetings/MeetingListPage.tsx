// Cuộc họp: filters, a sortable virtualized table, pages fetched while scrolling.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, type InputRef, type TableProps } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { MeetingListQuery, MeetingSummary, OrganizationSummary } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatNumber, kindLabels } from '../../lib/format';
import { useOrganizations } from '../../lib/organizations';
import { useDebounced } from '../../lib/useDebounced';
import { useRemainingHeight } from '../../lib/useRemainingHeight';
import { useSearchTarget, useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { MeetingFilters, type MeetingFilterValues } from './MeetingFilters';
import { useMeetingPages } from './useMeetingPages';

type Sort = NonNullable<MeetingListQuery['sort']>;

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
  const [sort, setSort] = useState<Sort>('startsAt-desc');
  const text = useDebounced(filters.text, 250);
  const pages = useMeetingPages({
    year: filters.year,
    kind: filters.kind,
    organizerId: filters.organizerId,
    text: text.trim() || undefined,
    sort,
  });
  const organizations = useOrganizations();
  // The table's header row and the page's bottom padding are below the measured top.
  const [tableTop, height] = useRemainingHeight(62);

  // The columns change only with the sort and the directory: rows are not drawn again on every render
  // of the page (the list's first showing renders it several times: loading, the first page, heights).
  const columns = useMemo(() => meetingColumns(sort, organizations), [sort, organizations]);

  const onTableChange: TableProps<MeetingSummary>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (s?.columnKey === 'title' && s.order) setSort('title-asc');
    else if (s?.columnKey === 'startsAt' && s.order === 'ascend') setSort('startsAt-asc');
    else setSort('startsAt-desc');
  };

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
      <Table<MeetingSummary>
        className="meetings dense-table"
        rowKey="id"
        size="small"
        virtual
        scroll={{ y: height }}
        pagination={false}
        loading={pages.loading && pages.items.length === 0}
        columns={columns}
        dataSource={pages.items}
        onChange={onTableChange}
        locale={{ emptyText: pages.loading ? 'Đang tải…' : 'Chưa có cuộc họp nào' }}
        onRow={(m) => ({ onDoubleClick: () => navigate(`#/meetings/${m.id}`) })}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (el.scrollTop + el.clientHeight > el.scrollHeight - 400) pages.loadMore();
        }}
      />
    </>
  );
}

// One line a row, so ten meetings and more show at 1366×768; the full text is on hover. The kind is
// drawn as antd's blue Tag looks (styles.css), without a Tag component in every row.
function meetingColumns(
  sort: Sort,
  organizations: readonly OrganizationSummary[],
): TableProps<MeetingSummary>['columns'] {
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return [
    {
      key: 'startsAt',
      title: 'Thời gian',
      dataIndex: 'startsAt',
      width: 150,
      sorter: true,
      sortOrder: sort === 'startsAt-desc' ? 'descend' : sort === 'startsAt-asc' ? 'ascend' : null,
      render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span>,
    },
    {
      key: 'title',
      title: 'Tên cuộc họp',
      dataIndex: 'title',
      sorter: true,
      sortOrder: sort === 'title-asc' ? 'ascend' : null,
      sortDirections: ['ascend'],
      ellipsis: true,
      render: (title: string, m) => (
        <a href={`#/meetings/${m.id}`} title={title}>
          {title}
        </a>
      ),
    },
    {
      key: 'kind',
      title: 'Loại',
      dataIndex: 'kind',
      width: 120,
      render: (k: MeetingSummary['kind']) => <span className="kind-tag">{kindLabels[k]}</span>,
    },
    {
      key: 'organizers',
      title: 'Cơ quan chủ trì',
      width: 240,
      ellipsis: true,
      render: (_: unknown, m) => {
        const text = m.organizerIds.map((id) => names.get(id) ?? '…').join('; ');
        return <span title={text}>{text}</span>;
      },
    },
    {
      key: 'location',
      title: 'Địa điểm',
      dataIndex: 'location',
      width: 180,
      ellipsis: true,
      render: (v: string | null) => <span title={v ?? undefined}>{v ?? '—'}</span>,
    },
    { key: 'attendees', title: 'Thành phần', dataIndex: 'attendeeCount', width: 100, align: 'right' },
  ];
}
