// Khôi phục từ tệp: first what the file holds (backup.inspect: checked fully, nothing changes), then a
// confirmed restore, each with its progress. Encrypted files need their passphrase.
import { Alert, Button, Card, Popconfirm, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { BackupFileInfo, RestoreProgress } from '../../../../shared/backup';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { invalidateCachedRecords } from '../../lib/records-cache';
import { BackupInfo } from './BackupInfo';
import { RestoreProgressBar } from './RestoreProgressBar';
import { SourceFileFields, useSourceFile } from './SourceFileFields';

export function RestoreCard({
  onRestored,
  poll,
  progress,
  opened,
}: {
  onRestored: () => Promise<void>;
  /** A backup opened from outside (double-click, Tệp → Mở…): shown at once. */
  opened?: { file: string } | null;
  /** Keeps backup.status (and so `progress`) fresh while the inspection or the restore runs. */
  poll: <T>(work: () => Promise<T>) => Promise<T>;
  progress: RestoreProgress | undefined;
}) {
  const [info, setInfo] = useState<BackupFileInfo | null>(null);
  const [busy, setBusy] = useState<'inspect' | 'restore' | null>(null);
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const source = useSourceFile('backup.restore', () => {
    setInfo(null);
    setResult(null);
  });

  const inspect = async (input = source.input()) => {
    setBusy('inspect');
    setResult(null);
    try {
      setInfo(await poll(() => invoke('backup.inspect', input)));
    } catch (e) {
      setInfo(null);
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };
  const card = useRef<HTMLDivElement>(null);
  const inspectOpened = useRef(inspect);
  useEffect(() => {
    inspectOpened.current = inspect;
  });
  useEffect(() => {
    if (!opened) return;
    source.setFile(opened.file);
    card.current?.scrollIntoView({ block: 'start' });
    void inspectOpened.current({ file: opened.file });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `source` is new on every render; only a newly opened file matters
  }, [opened]);

  const restore = async () => {
    setBusy('restore');
    try {
      const done = await poll(() => invoke('backup.restore', source.input()));
      invalidateCachedRecords();
      setResult({
        type: 'success',
        text: `Đã khôi phục. Dữ liệu trước đó được giữ ở ${done.undoFile} (khôi phục tệp đó để hoàn tác).`,
      });
      await onRestored();
    } catch (e) {
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="Khôi phục từ tệp" className="settings-card" ref={card}>
      <SourceFileFields
        id="restore"
        source={source}
        fileLabel="Tệp sao lưu (.sohop)"
        passphraseLabel="Mật khẩu (nếu tệp có mật khẩu)"
        kind="sohop"
      />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button loading={busy === 'inspect'} disabled={!source.file.trim()} onClick={() => void inspect()}>
          Xem nội dung tệp
        </Button>
        {info ? (
          <>
            <BackupInfo info={info} />
            <Popconfirm
              title="Khôi phục dữ liệu từ tệp này?"
              description="Toàn bộ dữ liệu hiện tại được thay bằng dữ liệu trong tệp; bản hiện tại được sao lưu trước để hoàn tác."
              okText="Khôi phục"
              cancelText="Không"
              onConfirm={() => void restore()}
            >
              <Button danger type="primary" loading={busy === 'restore'}>
                Khôi phục dữ liệu này
              </Button>
            </Popconfirm>
          </>
        ) : null}
        {busy === 'inspect' ? <RestoreProgressBar progress={progress} label="Tiến độ kiểm tra tệp" /> : null}
        {busy === 'restore' ? <RestoreProgressBar progress={progress} /> : null}
        {result ? <Alert type={result.type} role="alert" showIcon title={result.text} /> : null}
      </Space>
    </Card>
  );
}
