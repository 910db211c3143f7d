// Lịch và thư mục sao lưu tự động: the folder (null = the default one), daily and on-quit backups,
// and how many to keep.
import { Alert, App, Button, Checkbox, Form, InputNumber, Space, Card } from 'antd';
import { useState } from 'react';
import type { BackupSettings, BackupStatus } from '../../../../shared/backup';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { FilePathField } from './FilePathField';

export function BackupSettingsCard({
  status,
  onSaved,
}: {
  status: BackupStatus;
  onSaved: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [settings, setSettings] = useState<BackupSettings>(status.settings);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (patch: Partial<BackupSettings>) => setSettings((s) => ({ ...s, ...patch }));

  const save = async () => {
    setBusy(true);
    try {
      const folder = settings.folder?.trim() ? settings.folder.trim() : null;
      setSettings(await invoke('backup.saveSettings', { ...settings, folder }));
      setError(null);
      void message.success('Đã lưu cài đặt sao lưu.');
      await onSaved();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Lịch và thư mục sao lưu tự động" className="settings-card">
      <Form layout="vertical" component="div">
        <Form.Item
          label="Thư mục sao lưu"
          htmlFor="backup-folder"
          extra={`Để trống: dùng thư mục mặc định (${status.folder}).`}
        >
          <FilePathField
            id="backup-folder"
            value={settings.folder ?? ''}
            onChange={(folder) => change({ folder })}
            dialog={{ mode: 'open', kind: 'folder' }}
            placeholder="Thư mục mặc định"
            clearLabel="Dùng thư mục mặc định"
          />
        </Form.Item>
        <Form.Item label="Khi nào sao lưu">
          <Space orientation="vertical">
            <Checkbox checked={settings.daily} onChange={(e) => change({ daily: e.target.checked })}>
              Mỗi ngày một lần khi đang mở Sổ Họp
            </Checkbox>
            <Checkbox checked={settings.onQuit} onChange={(e) => change({ onQuit: e.target.checked })}>
              Khi thoát Sổ Họp
            </Checkbox>
          </Space>
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label="Giữ bản hằng ngày gần nhất" htmlFor="backup-keep-daily">
            <InputNumber
              id="backup-keep-daily"
              min={1}
              max={365}
              value={settings.keepDaily}
              onChange={(v) => v !== null && change({ keepDaily: v })}
            />
          </Form.Item>
          <Form.Item label="Giữ bản hằng tháng gần nhất" htmlFor="backup-keep-monthly">
            <InputNumber
              id="backup-keep-monthly"
              min={0}
              max={240}
              value={settings.keepMonthly}
              onChange={(v) => v !== null && change({ keepMonthly: v })}
            />
          </Form.Item>
        </Space>
      </Form>
      <Button type="primary" loading={busy} onClick={() => void save()}>
        Lưu cài đặt sao lưu
      </Button>
      {error ? <Alert type="error" role="alert" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Card>
  );
}
