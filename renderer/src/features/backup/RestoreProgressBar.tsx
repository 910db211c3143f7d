// How far the check and rebuild of a file is, for a restore or an inspection (backup.status →
// restoreProgress): records copied so far.
import { Progress } from 'antd';
import type { RestoreProgress } from '../../../../shared/backup';

export function restorePercent(progress: RestoreProgress | undefined): number {
  if (!progress?.running || progress.total === 0) return 0;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

export function RestoreProgressBar({
  progress,
  label = 'Tiến độ khôi phục',
}: {
  progress: RestoreProgress | undefined;
  label?: string;
}) {
  return (
    <Progress
      percent={restorePercent(progress)}
      status="active"
      aria-label={label}
      style={{ maxWidth: 480 }}
    />
  );
}
