// Thùng rác: what was deleted in the last 30 days (meetings with their documents, drafts, people),
// newest first; "Khôi phục" puts a record back as it was, "Xóa hẳn" removes it for good.
import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { TRASH_DAYS, type TrashEntry, type TrashKind } from '../../../../shared/trash';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useWindowTitle } from '../../shell/commands';

const kindLabels: Record<TrashKind, string> = { meeting: 'Cuộc họp', document: 'Văn bản', person: 'Cán bộ' };
const hrefOf = (e: TrashEntry) =>
  e.kind === 'meeting' ? `#/meetings/${e.id}` : e.kind === 'document' ? `#/documents/${e.id}` : '#/people';

export function TrashPage() {
  useWindowTitle('Thùng rác');
  const { message } = App.useApp();
  const [entries, reload] = useLoad(useCallback(() => invoke('trash.list', {}), []));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (entry: TrashEntry, what: 'restore' | 'remove') => {
    setBusy(entry.id);
    try {
      if (what === 'restore') {
        await invoke('trash.restore', { id: entry.id });
        message.success(
          <span>
            Đã khôi phục {kindLabels[entry.kind].toLowerCase()} “{entry.label}”.{' '}
            <a href={hrefOf(entry)}>Mở</a>
          </span>,
        );
      } else {
        await invoke('trash.remove', { id: entry.id });
        message.success(`Đã xóa hẳn “${entry.label}”.`);
      }
      setError(null);
      reload();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader title="Thùng rác" />
      <p className="muted">
        Cuộc họp (cùng các văn bản tạo từ cuộc họp), dự thảo văn bản và cán bộ đã xóa được giữ {TRASH_DAYS}{' '}
        ngày rồi tự xóa hẳn. Khôi phục đưa bản ghi về đúng như lúc xóa.
      </p>
      <ErrorMessage message={error} onClose={() => setError(null)} />
      {entries.state === 'failed' ? (
        <ErrorAlert title="Không tải được thùng rác." error={entries.error} onRetry={reload} />
      ) : null}
      <Table<TrashEntry>
        className="trash"
        rowKey="id"
        size="small"
        tableLayout="fixed"
        loading={entries.state === 'loading'}
        dataSource={entries.state === 'ready' ? entries.value : []}
        pagination={false}
        locale={{ emptyText: 'Thùng rác trống' }}
        columns={[
          {
            key: 'kind',
            title: 'Loại',
            width: 110,
            render: (_: unknown, e) => <Tag color="blue">{kindLabels[e.kind]}</Tag>,
          },
          {
            key: 'label',
            title: 'Nội dung',
            ellipsis: { showTitle: false },
            render: (_: unknown, e) => (
              <>
                <div className="truncate" title={e.label}>
                  {e.label}
                </div>
                {e.detail ? <div className="muted">{e.detail}</div> : null}
              </>
            ),
          },
          {
            key: 'deleted',
            title: 'Xóa lúc',
            width: 150,
            render: (_: unknown, e) => <span className="nowrap">{formatDateTime(e.deletedAt)}</span>,
          },
          {
            key: 'purge',
            title: 'Xóa hẳn sau',
            width: 120,
            render: (_: unknown, e) => <span className="nowrap">{formatDate(e.purgeOn)}</span>,
          },
          {
            key: 'actions',
            title: <span className="sr-only">Thao tác</span>,
            width: 220,
            render: (_: unknown, e) => (
              <Space size={4}>
                <Button
                  size="small"
                  type="primary"
                  icon={<UndoOutlined />}
                  loading={busy === e.id}
                  aria-label={`Khôi phục “${e.label}”`}
                  onClick={() => void act(e, 'restore')}
                >
                  Khôi phục
                </Button>
                <Popconfirm
                  title="Xóa hẳn mục này? Không khôi phục được nữa."
                  okText="Xóa hẳn"
                  cancelText="Không"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => void act(e, 'remove')}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa hẳn “${e.label}”`}>
                    Xóa hẳn
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
