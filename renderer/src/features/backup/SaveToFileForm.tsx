// "Sao lưu ra tệp": a backup to a file the user picks (a USB stick, a shared folder), optionally
// encrypted with a passphrase that is never stored.
import { Alert, Button, Collapse, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { FilePathField } from './FilePathField';
import { formatBytes } from './labels';

const today = () => dayjs().format('YYYY-MM-DD');

export function SaveToFileForm({ poll }: { poll: <T>(work: () => Promise<T>) => Promise<T> }) {
  const [out, setOut] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const mismatch = passphrase !== '' && confirm !== passphrase;

  const save = async () => {
    setBusy(true);
    try {
      const made = await poll(() =>
        invoke('backup.create', { out: out.trim(), ...(passphrase ? { passphrase } : {}) }),
      );
      const how = made.encrypted ? ', có mật khẩu' : '';
      setResult({ type: 'success', text: `Đã sao lưu vào ${made.file} (${formatBytes(made.bytes)}${how}).` });
    } catch (e) {
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'file',
          label: 'Sao lưu ra tệp khác (USB, thư mục dùng chung), có thể đặt mật khẩu',
          children: (
            <Form layout="vertical" component="div">
              <Form.Item label="Lưu vào tệp" htmlFor="backup-out">
                <FilePathField
                  id="backup-out"
                  value={out}
                  onChange={setOut}
                  dialog={{ mode: 'save', kind: 'sohop', suggestedName: `So Hop ${today()}.sohop` }}
                />
              </Form.Item>
              <Form.Item
                label="Mật khẩu (không bắt buộc)"
                htmlFor="backup-passphrase"
                extra="Sổ Họp không lưu mật khẩu: quên mật khẩu thì không mở được tệp."
              >
                <Input.Password
                  id="backup-passphrase"
                  style={{ maxWidth: 320 }}
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                />
              </Form.Item>
              {passphrase ? (
                <Form.Item
                  label="Nhập lại mật khẩu"
                  htmlFor="backup-passphrase-confirm"
                  validateStatus={mismatch ? 'error' : undefined}
                  help={mismatch ? 'Hai mật khẩu chưa giống nhau.' : undefined}
                >
                  <Input.Password
                    id="backup-passphrase-confirm"
                    style={{ maxWidth: 320 }}
                    autoComplete="new-password"
                    value={confirm}
                    onChange={(e) => setConfirm(e.target.value)}
                  />
                </Form.Item>
              ) : null}
              <Button loading={busy} disabled={!out.trim() || mismatch} onClick={() => void save()}>
                Sao lưu ra tệp
              </Button>
              {result ? (
                <Alert
                  type={result.type}
                  role="alert"
                  showIcon
                  title={result.text}
                  style={{ marginTop: 12 }}
                />
              ) : null}
            </Form>
          ),
        },
      ]}
    />
  );
}
