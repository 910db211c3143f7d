// Văn bản: the register of drafts and issued documents, with preview, export and issuing.
import { Segmented, Table } from 'antd';
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

export function DocumentsPage() {
  useWindowTitle('Văn bản');
  const organizations = useOrganizations();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'all' | 'draft' | 'issued'>('all');
  const [docs, reload] = useLoad(
    useCallback(
      () => invoke('documents.list', status === 'all' ? { limit: 500 } : { status, limit: 500 }),
      [status],
    ),
  );
  return (
    <>
      <PageHeader title="Văn bản" />
      <ErrorMessage message={error} onClose={() => setError(null)} />
      <div className="filters">
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'draft', label: 'Dự thảo' },
            { value: 'issued', label: 'Đã ban hành' },
          ]}
        />
      </div>
      {docs.state === 'failed' ? (
        <ErrorAlert title="Không tải được văn bản." error={docs.error} onRetry={reload} />
      ) : null}
      <Table<DocumentSummary>
        tableLayout="fixed"
        rowKey="id"
        size="middle"
        loading={docs.state === 'loading'}
        dataSource={docs.state === 'ready' ? docs.value.items : []}
        locale={{ emptyText: 'Chưa có văn bản nào' }}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          numberColumn,
          dateColumn,
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
