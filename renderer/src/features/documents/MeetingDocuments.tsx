// The documents made from a meeting: build a draft (thông báo kết luận, biên bản), preview the DOCX,
// issue it (number from the register), export it.
import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { DocumentActions } from './DocumentActions';
import { documentTypeLabels } from './labels';

export function MeetingDocuments({
  meetingId,
  beforeGenerate,
}: {
  meetingId: string;
  beforeGenerate: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [docs, reload] = useLoad(
    useCallback(() => invoke('documents.list', { meetingId, limit: 500 }), [meetingId]),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (key: string, run: () => Promise<void>) => {
    setBusy(key);
    try {
      await run();
      setError(null);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  };

  const generate = (type: 'conclusion-notice' | 'minutes') =>
    act(type, async () => {
      await beforeGenerate();
      const doc = await invoke('documents.generateFromMeeting', { meetingId, type });
      message.success(`Đã tạo dự thảo ${documentTypeLabels[doc.type].toLowerCase()}.`);
      reload();
    });

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          loading={busy === 'conclusion-notice'}
          onClick={() => void generate('conclusion-notice')}
        >
          Tạo thông báo kết luận
        </Button>
        <Button
          icon={<FileAddOutlined />}
          loading={busy === 'minutes'}
          onClick={() => void generate('minutes')}
        >
          Tạo biên bản
        </Button>
      </Space>
      <ErrorMessage message={error} onClose={() => setError(null)} />
      {docs.state === 'failed' ? (
        <ErrorAlert title="Không tải được văn bản của cuộc họp." error={docs.error} onRetry={reload} />
      ) : null}
      <Table<DocumentSummary>
        tableLayout="fixed"
        className="meeting-documents"
        rowKey="id"
        size="small"
        pagination={false}
        loading={docs.state === 'loading'}
        dataSource={docs.state === 'ready' ? docs.value.items : []}
        locale={{ emptyText: 'Chưa có văn bản nào từ cuộc họp này' }}
        columns={[
          { key: 'type', title: 'Loại', width: 160, render: (_: unknown, d) => documentTypeLabels[d.type] },
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
          {
            key: 'summary',
            title: 'Trích yếu',
            render: (_: unknown, d) => (
              <a href={`#/documents/${d.id}`}>{d.summary || '(chưa có trích yếu)'}</a>
            ),
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
            width: 340,
            render: (_: unknown, d) => <DocumentActions doc={d} onChanged={reload} onError={setError} />,
          },
        ]}
      />
    </div>
  );
}
