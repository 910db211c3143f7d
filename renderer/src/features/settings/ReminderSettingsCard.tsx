// Cài đặt → Nhắc việc: the reminders (the banner and the morning notification) on or off.
import { App, Card, Switch, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { useLoad } from '../../lib/useLoad';

export function ReminderSettingsCard() {
  const { message } = App.useApp();
  const [loaded] = useLoad(useCallback(() => invoke('reminders.settings', {}), []));
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const value = enabled ?? (loaded.state === 'ready' ? loaded.value.enabled : true);
  return (
    <Card title="Nhắc việc" style={{ marginTop: 16, maxWidth: 760 }}>
      <label className="switch-line">
        <Switch
          checked={value}
          loading={loaded.state === 'loading' || saving}
          aria-describedby="reminder-help"
          onChange={async (on) => {
            setSaving(true);
            try {
              const saved = await invoke('reminders.saveSettings', { enabled: on });
              setEnabled(saved.enabled);
              void message.success(saved.enabled ? 'Đã bật nhắc việc.' : 'Đã tắt nhắc việc.');
            } catch (error) {
              void message.error(describeError(error));
            } finally {
              setSaving(false);
            }
          }}
        />{' '}
        Nhắc các nhiệm vụ quá hạn và đến hạn trong 7 ngày
      </label>
      <Typography.Paragraph type="secondary" id="reminder-help" style={{ marginTop: 8, marginBottom: 0 }}>
        Khi mở Sổ Họp và mỗi sáng lúc 8 giờ: một thông báo của Windows và một dòng nhắc ở đầu màn hình.
      </Typography.Paragraph>
    </Card>
  );
}
