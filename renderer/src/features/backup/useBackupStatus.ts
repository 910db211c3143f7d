// backup.status, loaded once and reloaded on demand; `poll` refreshes it while a backup runs, for
// the progress bar. A job this screen did not start (the daily backup) is followed too: the status is
// looked at every few seconds, and often while a job runs.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupStatus } from '../../../../shared/backup';
import type { ErrorInfo } from '../../../../shared/errors';
import { invoke } from '../../api';
import { toErrorInfo } from '../../lib/errors';

const POLL_MS = 250;
const IDLE_POLL_MS = 5_000;

export function useBackupStatus() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const live = useRef(true);

  const reload = useCallback(async () => {
    try {
      const next = await invoke('backup.status', {});
      if (live.current) {
        setStatus(next);
        setError(null);
      }
    } catch (e) {
      if (live.current) setError(toErrorInfo(e));
    }
  }, []);

  useEffect(() => {
    live.current = true;
    invoke('backup.status', {}).then(
      (next) => live.current && setStatus(next),
      (e: unknown) => live.current && setError(toErrorInfo(e)),
    );
    return () => {
      live.current = false;
    };
  }, []);

  const jobRunning = status?.job != null;
  useEffect(() => {
    const timer = setInterval(() => void reload(), jobRunning ? POLL_MS : IDLE_POLL_MS);
    return () => clearInterval(timer);
  }, [jobRunning, reload]);

  /** Runs `work` while polling the status; reloads once more when it ends. */
  const poll = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const timer = setInterval(() => void reload(), POLL_MS);
      try {
        return await work();
      } finally {
        clearInterval(timer);
        await reload();
      }
    },
    [reload],
  );

  return { status, error, reload, poll };
}
