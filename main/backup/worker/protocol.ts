// The long backup jobs that run on the backup worker thread, what they answer, and the messages between
// the threads. Everything here is plain data (structured clone): paths, options and results, never a
// connection: the worker opens its own connections to the files it is given.
import type { MergePlan, MergePlanSummary } from '../../../shared/backup';
import type { ErrorInfo } from '../../../shared/errors';
import type { ImportReport } from '../../exchange/import';
import type { BackupResult } from '../create';
import type { KdfParams } from '../crypto';
import type { BackupReason } from '../manifest';
import type { BackupDescription } from '../restore';

export type BackupJobSpec =
  /** A backup of the database at `databasePath` to `out` (the user's file). */
  | {
      kind: 'backup';
      databasePath: string;
      out: string;
      passphrase?: string | undefined;
      kdf?: KdfParams | undefined;
      createdAt: string;
      stagingDir: string;
    }
  /** An automatic backup into the backup folder, with its naming, rotation and "last good backup". */
  | { kind: 'automatic'; databasePath: string; dataDir: string; reason: BackupReason; stamp: string }
  /** A restore's full check of `file`, rebuilt into a scratch file in `workDir` and removed. */
  | { kind: 'inspect'; file: string; workDir: string; passphrase?: string | undefined }
  /** A restore's check and rebuild of `file` into `staged` (fsynced, ready to be renamed into place). */
  | { kind: 'rebuild'; file: string; staged: string; passphrase?: string | undefined }
  /** Copies the live database's WAL into it (PASSIVE: never waits for, nor holds up, a writer). */
  | { kind: 'checkpoint'; databasePath: string }
  /** A merge's dry run against the database at `databasePath`. */
  | {
      kind: 'merge-plan';
      databasePath: string;
      file: string;
      workDir: string;
      passphrase?: string | undefined;
      /** Whether the answer lists every record (the command line) or only the counts (the screen). */
      items: boolean;
    }
  /** A merge: the dry run's checks, a safety backup, then the merge in one transaction. */
  | {
      kind: 'merge-apply';
      databasePath: string;
      dataDir: string;
      file: string;
      workDir: string;
      passphrase?: string | undefined;
      planId?: string | undefined;
      items: boolean;
      /** The import's time stamp and the safety backup's (the caller's clock). */
      stamps: { merge: string; backup: string };
    };

export interface JobResults {
  backup: BackupResult;
  automatic: BackupResult;
  inspect: BackupDescription;
  rebuild: BackupDescription;
  checkpoint: null;
  'merge-plan': MergePlan | MergePlanSummary;
  'merge-apply': { plan: MergePlan | MergePlanSummary; report: ImportReport; undoFile: string };
}

export type JobKind = BackupJobSpec['kind'];
export type JobOf<K extends JobKind> = Extract<BackupJobSpec, { kind: K }>;

/** How far a job is: pages of a backup copied, or records of a file checked (out of every pass). */
export type JobProgress =
  | { type: 'backup'; totalPages: number; remainingPages: number }
  | { type: 'check'; done: number; total: number };

export type ToWorker = { id: number; job: BackupJobSpec };
export type FromWorker =
  | { id: number; type: 'progress'; progress: JobProgress }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; error: ErrorInfo };
