// The daily automatic backup while the app is open: a cheap check every few minutes, a backup when the
// day (Vietnam time) has none yet. Plain timers, so main/index.ts only starts and stops it.
import { nowVietnam } from '../../shared/datetime';
import type { BackupService } from './index';
import { dailyBackupDue } from './automatic';

export function scheduleDailyBackups(
  backups: BackupService,
  dataDir: string,
  options: { intervalMs?: number; now?: () => string; onError?: (error: unknown) => void } = {},
): () => Promise<void> {
  const now = options.now ?? nowVietnam;
  let running: Promise<void> | null = null;
  const tick = () => {
    // While another job runs (the user's backup, restore or merge) the daily one waits for the next turn.
    if (running || backups.busy || !dailyBackupDue(dataDir, now())) return;
    running = backups
      .runAutomatic('daily')
      .then(() => undefined)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => (running = null));
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 10 * 60_000);
  timer.unref();
  // Stopping waits for a backup in flight: the connection must not close under it.
  return async () => {
    clearInterval(timer);
    await running;
  };
}
