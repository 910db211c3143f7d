// A task's due date with how it stands: overdue (red, an alert icon, "Quá hạn N ngày") or due within
// 7 days (amber, a clock, "Còn N ngày"). Colour is never the only sign: the words say it too.
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { TaskSummary } from '../../../../shared/tasks';
import { formatDate } from '../../lib/format';

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function TaskDeadline({ task, today }: { task: TaskSummary; today: string }) {
  const due = task.dueDate;
  if (!due) return <span className="muted">Không có thời hạn</span>;
  if (task.overdue)
    return (
      <div className="deadline deadline-overdue">
        <div className="nowrap">{formatDate(due)}</div>
        <div className="nowrap">
          <ExclamationCircleOutlined aria-hidden /> Quá hạn {days(due, today)} ngày
        </div>
      </div>
    );
  if (task.dueSoon) {
    const left = days(today, due);
    return (
      <div className="deadline deadline-soon">
        <div className="nowrap">{formatDate(due)}</div>
        <div className="nowrap">
          <ClockCircleOutlined aria-hidden /> {left === 0 ? 'Đến hạn hôm nay' : `Còn ${left} ngày`}
        </div>
      </div>
    );
  }
  return <div className="nowrap">{formatDate(due)}</div>;
}
