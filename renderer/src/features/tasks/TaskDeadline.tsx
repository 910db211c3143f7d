// A task's due date with how it stands: overdue (red, an alert icon, "quá hạn N ngày") or due within
// 7 days (amber, a clock, "còn N ngày"). Colour is never the only sign: the words say it too. One line,
// so the list shows ten tasks and more at 1366×768.
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { TaskSummary } from '../../../../shared/tasks';
import { formatDate, formatNumber } from '../../lib/format';

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function TaskDeadline({ task, today }: { task: TaskSummary; today: string }) {
  const due = task.dueDate;
  if (!due) return <span className="muted">Không có thời hạn</span>;
  if (task.overdue)
    return (
      <span className="deadline deadline-overdue nowrap">
        {formatDate(due)} <ExclamationCircleOutlined aria-hidden /> quá hạn {formatNumber(days(due, today))}{' '}
        ngày
      </span>
    );
  if (task.dueSoon) {
    const left = days(today, due);
    return (
      <span className="deadline deadline-soon nowrap">
        {formatDate(due)} <ClockCircleOutlined aria-hidden />{' '}
        {left === 0 ? 'đến hạn hôm nay' : `còn ${formatNumber(left)} ngày`}
      </span>
    );
  }
  return <span className="nowrap">{formatDate(due)}</span>;
}
