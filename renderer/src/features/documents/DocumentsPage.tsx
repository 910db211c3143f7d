// Văn bản: the register of drafts and issued documents, with preview, export and issuing.
import { Segmented, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { namesOf, useOrganizations } from '../../lib/organizations';
import { useLoad } from '../../lib/useLoad';
import { useWindowTitle } from '../../shell/commands';
import { DocumentActions } from './DocumentActions';
import { documentTypeLabels } from './labels';

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
          {
            key: 'number',
            title: 'Số, ký hiệu',
            width: 130,
            render: (_: unknown, d) =>
              d.number ? (
                <span className="nowrap">{`${d.number}/${d.symbol ?? ''}`}</span>
              ) : (
                <span className="muted">Chưa có số</span>
              ),
          },
          {
            key: 'date',
            title: 'Ngày',
            width: 110,
            render: (_: unknown, d) => formatDate(d.issuedOn) || '—',
          },
          { key: 'type', title: 'Loại', width: 150, render: (_: unknown, d) => documentTypeLabels[d.type] },
          {
            key: 'summary',
            title: 'Trích yếu',
            render: (_: unknown, d) => (
              <a href={`#/documents/${d.id}`}>{d.summary || '(chưa có trích yếu)'}</a>
            ),
          },
          {
            key: 'issuers',
            title: 'Cơ quan ban hành',
            width: 200,
            render: (_: unknown, d) => namesOf(organizations, d.issuerIds),
          },
          {
            key: 'status',
            title: 'Trạng thái',
            width: 120,
            render: (_: unknown, d) =>
              d.status === 'issued' ? (
                <Tag color="green">Đã ban hành</Tag>
              ) : (
                <Tag color="orange">Dự thảo</Tag>
              ),
          },
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
