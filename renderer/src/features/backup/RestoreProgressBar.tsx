// How far the check of a file is (backup.status → restoreProgress): a restore's or an inspection's
// rebuild, or a merge's dry run or real run reading and validating the other office's file.
import { Progress } from 'antd';
import type { CheckPhase, RestoreProgress } from '../../../../shared/backup';

/** The percentage done; 0 while another operation's check (another `phase`) is what the status holds. */
export function restorePercent(progress: RestoreProgress | undefined, phase?: CheckPhase): number {
  if (!progress?.running || progress.total === 0) return 0;
  if (phase !== undefined && progress.phase !== phase) return 0;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

export function RestoreProgressBar({
  progress,
  label = 'Tiến độ khôi phục',
  phase,
}: {
  progress: RestoreProgress | undefined;
  label?: string;
  /** Show only this operation's progress. */
  phase?: CheckPhase;
}) {
  return (
    <Progress
      percent={restorePercent(progress, phase)}
      status="active"
      aria-label={label}
      style={{ maxWidth: 480 }}
    />
  );
}
