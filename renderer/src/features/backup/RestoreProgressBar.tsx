// How far a restore's check and rebuild is (backup.status → restoreProgress): records copied so far.
import { Progress } from 'antd';
import type { RestoreProgress } from '../../../../shared/backup';

export function restorePercent(progress: RestoreProgress | undefined): number {
  if (!progress?.running || progress.total === 0) return 0;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

export function RestoreProgressBar({ progress }: { progress: RestoreProgress | undefined }) {
  return (
    <Progress
      percent={restorePercent(progress)}
      status="active"
      aria-label="Tiến độ khôi phục"
      style={{ maxWidth: 480 }}
    />
  );
}
