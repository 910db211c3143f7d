// The documents made from a meeting: build a draft (thông báo kết luận, biên bản, giấy mời, báo cáo, kế
// hoạch, công văn), preview the DOCX, issue it (number from the register), export it. A warning about a
// new draft (a giấy mời that would reach people late) stays on screen until closed.
import { FileAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table } from 'antd';
import { useCallback, useState } from 'react';
import type { DocumentSummary, MeetingDraftType } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeError } from '../../lib/errors';
import { useLoad } from '../../lib/useLoad';
import { dateColumn, numberColumn, statusColumn, summaryColumn, typeColumn } from './columns';
import { DocumentActions } from './DocumentActions';
import { documentTypeLabels } from './labels';

/** The drafts a meeting gives rise to, in the order a secretary needs them. */
const draftButtons: [MeetingDraftType, string][] = [
  ['conclusion-notice', 'Tạo thông báo kết luận'],
  ['minutes', 'Tạo biên bản'],
  ['invitation', 'Tạo giấy mời'],
  ['report', 'Tạo báo cáo'],
  ['plan', 'Tạo kế hoạch'],
  ['official-letter', 'Tạo công văn'],
];

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

  const [warnings, setWarnings] = useState<string[]>([]);
  const generate = (type: MeetingDraftType) =>
    act(type, async () => {
      await beforeGenerate();
      const { document, warnings: found } = await invoke('documents.draftFromMeeting', { meetingId, type });
      message.success(`Đã tạo dự thảo ${documentTypeLabels[document.type].toLowerCase()}.`);
      setWarnings(found.map((w) => w.message));
      reload();
    });

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        {draftButtons.map(([type, label], i) => (
          <Button
            key={type}
            type={i === 0 ? 'primary' : 'default'}
            icon={<FileAddOutlined />}
            loading={busy === type}
            disabled={busy !== null && busy !== type}
            onClick={() => void generate(type)}
          >
            {label}
          </Button>
        ))}
      </Space>
      {warnings.length ? (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          title={warnings.join(' ')}
          onClose={() => setWarnings([])}
        />
      ) : null}
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
