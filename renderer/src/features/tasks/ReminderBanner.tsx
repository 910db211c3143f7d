// The reminder banner at the top of every screen: what is overdue or due within 7 days, with links to
// those lists. Loaded at start, and again when the day changes while the app stays open; hidden for the
// day once dismissed, and never shown when reminders are off in Cài đặt.
import { Alert, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { ReminderDigest } from '../../../../shared/tasks';
import { todayVietnam } from '../../../../shared/datetime';
import { invoke } from '../../api';

const DISMISSED = 'sohop.reminders.dismissed';

function dismissedDay(): string | null {
  try {
    return localStorage.getItem(DISMISSED);
  } catch {
    return null;
  }
}

export function ReminderBanner() {
  const [digest, setDigest] = useState<ReminderDigest | null>(null);
  const [day, setDay] = useState(todayVietnam);
  const [dismissed, setDismissed] = useState(dismissedDay);
  useEffect(() => {
    const timer = setInterval(() => setDay(todayVietnam()), 60_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    let live = true;
    invoke('reminders.digest', {}).then(
      (d) => live && setDigest(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [day]);
  if (!digest?.enabled || digest.overdue + digest.dueSoon === 0 || dismissed === day) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED, day);
    } catch {
      // Without storage the banner hides until the next start.
    }
    setDismissed(day);
  };
  return (
    <Alert
      className="reminder-banner"
      type={digest.overdue ? 'error' : 'warning'}
      showIcon
      role="status"
      title={
        <Space wrap size={4}>
          <span>Nhắc việc:</span>
          {digest.overdue ? (
            <a href="#/tasks?filter=overdue">
              <strong>{digest.overdue}</strong> nhiệm vụ quá hạn
            </a>
          ) : null}
          {digest.overdue && digest.dueSoon ? <span>·</span> : null}
          {digest.dueSoon ? (
            <a href="#/tasks?filter=due-soon">
              <strong>{digest.dueSoon}</strong> nhiệm vụ đến hạn trong 7 ngày tới
            </a>
          ) : null}
        </Space>
      }
      action={
        <Button size="small" type="text" onClick={dismiss}>
          Ẩn đến mai
        </Button>
      }
    />
  );
}
