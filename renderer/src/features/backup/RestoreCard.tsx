// Khôi phục từ tệp: first what the file holds (backup.inspect, nothing changes), then a confirmed
// restore. Encrypted files need their passphrase.
import { Alert, Button, Card, Form, Input, Popconfirm, Space } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { BackupFileInfo } from '../../../../shared/backup';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { useCommand } from '../../shell/commands';
import { BackupInfo } from './BackupInfo';
import { FilePathField, type FilePathHandle } from './FilePathField';

export function RestoreCard({ onRestored }: { onRestored: () => Promise<void> }) {
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [info, setInfo] = useState<BackupFileInfo | null>(null);
  const [busy, setBusy] = useState<'inspect' | 'restore' | null>(null);
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const field = useRef<FilePathHandle>(null);
  useCommand(
    'backup.restore',
    useCallback(() => field.current?.pick(), []),
  );

  const input = () => ({ file: file.trim(), ...(passphrase ? { passphrase } : {}) });
  const changeFile = (next: string) => {
    setFile(next);
    setInfo(null);
    setResult(null);
  };

  const inspect = async () => {
    setBusy('inspect');
    setResult(null);
    try {
      setInfo(await invoke('backup.inspect', input()));
    } catch (e) {
      setInfo(null);
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };
  const restore = async () => {
    setBusy('restore');
    try {
      const done = await invoke('backup.restore', input());
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
    <Card title="Khôi phục từ tệp" className="settings-card">
      <Form layout="vertical" component="div">
        <Form.Item label="Tệp sao lưu (.sohop)" htmlFor="restore-file">
          <FilePathField
            id="restore-file"
            value={file}
            onChange={changeFile}
            dialog={{ mode: 'open', kind: 'sohop' }}
            handle={field}
          />
        </Form.Item>
        <Form.Item label="Mật khẩu (nếu tệp có mật khẩu)" htmlFor="restore-passphrase">
          <Input.Password
            id="restore-passphrase"
            style={{ maxWidth: 320 }}
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </Form.Item>
      </Form>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button loading={busy === 'inspect'} disabled={!file.trim()} onClick={() => void inspect()}>
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
        {result ? <Alert type={result.type} role="alert" showIcon title={result.text} /> : null}
      </Space>
    </Card>
  );
}
