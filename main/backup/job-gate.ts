// One backup job at a time per database: a backup, an inspection, a restore or a merge. A second request
// from the user is refused with E_BACKUP_BUSY (the screen says what is running); the backup on quit waits
// for the running job instead; the daily schedule skips a turn.
import type { BackupJob } from '../../shared/backup';
import { AppError } from '../../shared/errors';

export interface JobGate {
  /** The running job, or null. */
  readonly current: BackupJob | null;
  /** Runs `run` as the one job; refuses with E_BACKUP_BUSY while another runs. */
  exclusive<T>(job: BackupJob, run: () => Promise<T>): Promise<T>;
  /** Waits for the running job (if any) to end, then runs `run` as the next one. */
  queued<T>(job: BackupJob, run: () => Promise<T>): Promise<T>;
}

const kindLabels: Record<BackupJob['kind'], string> = {
  backup: 'một bản sao lưu',
  automatic: 'một bản sao lưu tự động',
  inspect: 'việc kiểm tra một tệp sao lưu',
  restore: 'việc khôi phục dữ liệu',
  'merge-check': 'việc chạy thử gộp dữ liệu',
  'merge-apply': 'việc gộp dữ liệu',
};

export function busyError(job: BackupJob): AppError {
  return new AppError(
    'E_BACKUP_BUSY',
    `Sổ Họp đang thực hiện ${kindLabels[job.kind]}; hãy đợi xong rồi thử lại.`,
  );
}

export function createJobGate(): JobGate {
  let current: { job: BackupJob; done: Promise<unknown> } | null = null;

  function start<T>(job: BackupJob, run: () => Promise<T>): Promise<T> {
    const done = (async () => {
      try {
        return await run();
      } finally {
        current = null;
      }
    })();
    current = { job, done };
    return done;
  }

  return {
    get current() {
      return current?.job ?? null;
    },
    exclusive(job, run) {
      if (current) return Promise.reject(busyError(current.job));
      return start(job, run);
    },
    async queued(job, run) {
      // Several may wait: each takes its turn once the one before has finished.
      while (current) await current.done.catch(() => undefined);
      return start(job, run);
    },
  };
}
