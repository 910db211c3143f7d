// Văn bản: the register of drafts and issued documents, with preview, export and issuing; filtered,
// searched, sorted (by date or number) and paged in main.
import { Table, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { namesOf, useOrganizations } from '../../lib/organizations';
import { useLoad } from '../../lib/useLoad';
import { useWindowTitle } from '../../shell/commands';
import { dateColumn, numberColumn, statusColumn, summaryColumn, typeColumn } from './columns';
import { DocumentActions } from './DocumentActions';
import { DocumentFilters, type DocumentFilter } from './DocumentFilters';

const PAGE_SIZE = 50;
type Sort = { sort: 'date' | 'number'; order: 'asc' | 'desc' };

export function DocumentsPage() {
  useWindowTitle('Văn bản');
  const organizations = useOrganizations();
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<DocumentFilter>({ status: 'all' });
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<Sort>({ sort: 'date', order: 'desc' });
  const [docs, reload] = useLoad(
    useCallback(() => {
      const { status, ...rest } = filter;
      return invoke('documents.list', {
        ...(status === 'all' ? {} : { status }),
        ...rest,
        ...sort,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
    }, [filter, page, sort]),
  );
  const changeFilter = (next: DocumentFilter) => {
    setFilter(next);
    setPage(1);
  };
  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<DocumentSummary> | SorterResult<DocumentSummary>[],
  ) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.columnKey === 'number' ? 'number' : 'date';
    const next: Sort = { sort: key, order: one?.order === 'ascend' ? 'asc' : 'desc' };
    if (next.sort !== sort.sort || next.order !== sort.order) {
      setSort(next);
      setPage(1);
    } else setPage(pagination.current ?? 1);
  };
  const sortOrder = (key: Sort['sort']) =>
    sort.sort === key ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  return (
    <>
      <PageHeader title="Văn bản" />
      <ErrorMessage message={error} onClose={() => setError(null)} />
      <DocumentFilters value={filter} onChange={changeFilter} />
      {docs.state === 'failed' ? (
        <ErrorAlert title="Không tải được văn bản." error={docs.error} onRetry={reload} />
      ) : null}
      <Table<DocumentSummary>
        tableLayout="fixed"
        rowKey="id"
        size="middle"
        loading={docs.state === 'loading'}
        dataSource={docs.state === 'ready' ? docs.value.items : []}
        locale={{ emptyText: filtered(filter) ? 'Không có văn bản nào khớp bộ lọc' : 'Chưa có văn bản nào' }}
        onChange={onTableChange}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: docs.state === 'ready' ? docs.value.total : 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} văn bản`,
        }}
        columns={[
          {
            ...numberColumn,
            sorter: true,
            sortOrder: sortOrder('number'),
            sortDirections: ['ascend', 'descend'],
          },
          {
            ...dateColumn,
            sorter: true,
            sortOrder: sortOrder('date'),
            sortDirections: ['descend', 'ascend'],
          },
          typeColumn(150),
          summaryColumn,
          {
            key: 'issuers',
            title: 'Cơ quan ban hành',
            width: 200,
            render: (_: unknown, d) => namesOf(organizations, d.issuerIds),
          },
          statusColumn,
          {
            key: 'actions',
            width: 130,
            render: (_: unknown, d) => (
              <DocumentActions doc={d} onChanged={reload} onError={setError} compact />
            ),
          },
        ]}
      />
    </>
  );
}

const filtered = (f: DocumentFilter) =>
  f.status !== 'all' || f.year !== undefined || f.type || f.issuerId || f.text;
