// Cài đặt → Sao lưu & khôi phục: back up now (with progress), the automatic backups with one-click
// restore, restore from a file, merge another office's data, and the schedule and folder.
import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Progress, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackup, BackupStatus } from '../../../../shared/backup';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { invalidateCachedRecords } from '../../lib/records-cache';
import { useCommand } from '../../shell/commands';
import { BackupSettingsCard } from './BackupSettingsCard';
import { MergeCard } from './MergeCard';
import { isExchangeFile, takeOpenedFile, useOpenedFile } from './openedFile';
import { RestoreCard } from './RestoreCard';
import { RestoreProgressBar } from './RestoreProgressBar';
import { SaveToFileForm } from './SaveToFileForm';
import { formatBytes, jobLabel, reasonLabel } from './labels';
import { useBackupStatus } from './useBackupStatus';

function percentOf(progress: BackupStatus['progress']): number {
  if (!progress.running || progress.totalPages === 0) return 0;
  return Math.round(((progress.totalPages - progress.remainingPages) / progress.totalPages) * 100);
}

export function BackupPanel() {
  const { message } = App.useApp();
  const { status, error: loadError, reload, poll } = useBackupStatus();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  // A file opened from outside goes to the card that shows it: a backup to "Xem nội dung tệp" (and
  // the merge card, filled in), an exchange file to the merge's dry run.
  const offered = useOpenedFile();
  const [opened, setOpened] = useState<{
    restore: { file: string } | null;
    merge: { file: string; preview: boolean };
  } | null>(null);
  useEffect(() => {
    const file = offered ? takeOpenedFile() : null;
    if (!file) return;
    const exchange = isExchangeFile(file);
    queueMicrotask(() =>
      setOpened({ restore: exchange ? null : { file }, merge: { file, preview: exchange } }),
    );
  }, [offered]);

  const runNow = useCallback(async () => {
    setRunning(true);
    setResult(null);
    try {
      const made = await poll(() => invoke('backup.runNow', {}));
      setResult({ type: 'success', text: `Đã sao lưu vào ${made.file} (${formatBytes(made.bytes)}).` });
      void message.success('Đã sao lưu xong.');
    } catch (e) {
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setRunning(false);
    }
  }, [poll, message]);
  useCommand(
    'backup.now',
    useCallback(() => void runNow(), [runNow]),
  );

  const restoreAutomatic = async (backup: AutomaticBackup) => {
    setRestoring(backup.file);
    setResult(null);
    try {
      const done = await poll(() => invoke('backup.restore', { file: backup.file }));
      invalidateCachedRecords();
      setResult({
        type: 'success',
        text: `Đã khôi phục dữ liệu của ${formatDateTime(backup.createdAt)}. Dữ liệu trước đó được giữ ở ${done.undoFile}.`,
      });
      await reload();
    } catch (e) {
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setRestoring(null);
    }
  };

  if (loadError)
    return <ErrorAlert title="Không đọc được tình trạng sao lưu." error={loadError} onRetry={reload} />;
  if (!status) return <Spin description="Đang tải…" />;
  const progress = status.progress;

  return (
    <div className="backup-panel">
      <Card title="Sao lưu ngay" className="settings-card">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {status.lastBackupAt
              ? `Lần sao lưu tốt gần nhất: ${formatDateTime(status.lastBackupAt)}`
              : 'Chưa có bản sao lưu nào.'}
          </Typography.Text>
          <Typography.Text type="secondary">Thư mục sao lưu: {status.folder}</Typography.Text>
          <Space wrap>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              loading={running}
              onClick={() => void runNow()}
            >
              Sao lưu ngay
            </Button>
          </Space>
          {status.job && !running ? (
            <Typography.Text role="status">{jobLabel(status.job)}</Typography.Text>
          ) : null}
          {running || progress.running ? (
            <Progress
              percent={percentOf(progress)}
              status="active"
              aria-label="Tiến độ sao lưu"
              style={{ maxWidth: 480 }}
            />
          ) : null}
          {result ? <Alert type={result.type} role="alert" showIcon title={result.text} /> : null}
          <SaveToFileForm poll={poll} />
        </Space>
      </Card>
      <Card title="Các bản sao lưu tự động" className="settings-card">
        <Table<AutomaticBackup>
          size="small"
          rowKey="file"
          dataSource={status.backups}
          pagination={status.backups.length > 10 ? { pageSize: 10 } : false}
          locale={{ emptyText: 'Chưa có bản sao lưu tự động nào.' }}
          columns={[
            { title: 'Thời điểm', key: 'at', render: (_: unknown, b) => formatDateTime(b.createdAt) },
            { title: 'Loại', key: 'reason', render: (_: unknown, b) => reasonLabel(b.reason) },
            {
              title: 'Dung lượng',
              key: 'bytes',
              align: 'right',
              render: (_: unknown, b) => formatBytes(b.bytes),
            },
            { title: 'Tệp', dataIndex: 'name', ellipsis: true },
            {
              title: '',
              key: 'restore',
              width: 120,
              render: (_: unknown, b) => (
                <Popconfirm
                  title="Khôi phục bản sao lưu này?"
                  description={`Dữ liệu hiện tại được thay bằng dữ liệu lúc ${formatDateTime(b.createdAt)}; bản hiện tại được sao lưu trước để hoàn tác.`}
                  okText="Khôi phục"
                  cancelText="Không"
                  onConfirm={() => void restoreAutomatic(b)}
                >
                  <Button size="small" loading={restoring === b.file} aria-label={`Khôi phục bản ${b.name}`}>
                    Khôi phục
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
        {restoring ? <RestoreProgressBar progress={status.restoreProgress} /> : null}
      </Card>
      <RestoreCard
        onRestored={reload}
        poll={poll}
        progress={status.restoreProgress}
        opened={opened?.restore ?? null}
      />
      <MergeCard
        onMerged={reload}
        poll={poll}
        progress={status.restoreProgress}
        opened={opened?.merge ?? null}
      />
      <BackupSettingsCard status={status} onSaved={reload} />
    </div>
  );
}
