// The documents made from a meeting: build a draft (thông báo kết luận, biên bản), preview the DOCX,
// issue it (number from the register), export it.
import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, Space, Table } from 'antd';
import { useCallback, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeError } from '../../lib/errors';
import { useLoad } from '../../lib/useLoad';
import { dateColumn, numberColumn, statusColumn, summaryColumn, typeColumn } from './columns';
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
          typeColumn(160),
          numberColumn,
          dateColumn,
          summaryColumn,
          statusColumn,
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
