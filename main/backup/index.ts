// The backup service over the live database: what the CLI, the IPC handlers and the daily schedule call.
// Every long job (a backup and its check, a restore's check and rebuild, a merge's dry run and its
// transaction, the import of an exchange file) runs on the backup worker thread with its own connections
// (./worker), so the app's thread, which also pumps the window, is never blocked by it.
// Restore is split: `prepareRestore` does all the checking and writing beside the live file while it
// stays open; the caller then closes its connection, calls `commit` (an atomic rename) and reopens.
import fs from 'node:fs';
import path from 'node:path';
import { nowVietnam } from '../../shared/datetime';
import type {
  BackupFileInfo,
  BackupStatus,
  CheckPhase,
  MergePlan,
  MergePlanSummary,
  RestoreProgress,
} from '../../shared/backup';
import type { ImportReport } from '../exchange/import';
import type { Services } from '../services';
import { backupFolder, listAutomaticBackups, loadBackupState, saveBackupSettings } from './automatic';
import type { BackupResult } from './create';
import { createJobGate } from './job-gate';
import type { BackupReason } from './manifest';
import {
  removeDatabaseFiles,
  stagingPath,
  removeRetired,
  swapInDatabase,
  syncFolderOf,
  type BackupDescription,
} from './restore';
import type { JobKind, JobOf, JobResults } from './worker/protocol';
import { workerJobs, type JobRunner } from './worker/runner';

export interface BackupServiceOptions {
  databasePath: string;
  /** The app's data folder: automatic backups, their settings, and temporary files go here. */
  dataDir: string;
  now?: () => string;
  /** Where the long jobs run: the backup worker thread, or this thread for tests that inject faults here. */
  jobs?: JobRunner;
}

export interface PreparedRestore {
  description: BackupFileInfo;
  /** The safety backup of the current data, for "Hoàn tác khôi phục". */
  undoFile: string;
  /** Puts the rebuilt database in place (an atomic rename). Call with the live connection closed. */
  commit(): void;
  /** After the commit: deletes the old file off the app's thread (the rename left it a second name). */
  finish(): Promise<void>;
  /** Drops the rebuilt database (the user cancelled, or the commit was not reached). */
  discard(): void;
}

export function toFileInfo(d: BackupDescription): BackupFileInfo {
  return {
    file: d.file,
    encrypted: d.encrypted,
    createdAt: d.manifest?.createdAt ?? null,
    reason: d.manifest?.reason ?? null,
    schemaVersion: d.schemaVersion,
    officeName: d.officeName,
    counts: d.counts,
  };
}

/** A merge plan with every record listed (the command line, tests) or only its counts (the screen). */
export type PlanDetail = 'full' | 'summary';
type PlanOf<D extends PlanDetail> = D extends 'full' ? MergePlan : MergePlanSummary;

/** The services of the database the backup service works on: after a restore they are new ones. */
export type ServicesSource = Services | (() => Services);

/** While a merge writes on the worker, a write of the app's thread gives up after this long (E_DB_BUSY). */
const WAIT_FOR_MERGE_MS = 50;
const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * The one backup service of a database (the app's session, the command line, or the preview creates it):
 * one job at a time (see ./job-gate), whose progress and kind `status()` reports, daily backups included.
 */
export function createBackupService(source: ServicesSource, options: BackupServiceOptions) {
  const current = typeof source === 'function' ? source : () => source;
  const { databasePath, dataDir } = options;
  const now = options.now ?? nowVietnam;
  const jobs = options.jobs ?? workerJobs;
  const workDir = path.join(dataDir, 'tmp');
  const gate = createJobGate();
  const progress = { running: false, totalPages: 0, remainingPages: 0 };
  const restoreProgress: RestoreProgress = { running: false, done: 0, total: 0 };

  /** Runs `job` on the worker; its progress shows in status() (as restoreProgress when it checks a file). */
  async function run<K extends JobKind>(job: JobOf<K>, phase?: CheckPhase): Promise<JobResults[K]> {
    if (phase) Object.assign(restoreProgress, { running: true, done: 0, total: 0, phase });
    if (job.kind === 'backup' || job.kind === 'automatic')
      Object.assign(progress, { running: true, totalPages: 0, remainingPages: 0 });
    try {
      return await jobs.run(job, (p) => {
        if (p.type === 'backup')
          Object.assign(progress, {
            running: true,
            totalPages: p.totalPages,
            remainingPages: p.remainingPages,
          });
        else Object.assign(restoreProgress, { done: p.done, total: p.total });
      });
    } finally {
      progress.running = false;
      restoreProgress.running = false;
    }
  }

  const automatic = (reason: BackupReason) =>
    run({ kind: 'automatic', databasePath, dataDir, reason, stamp: now() });

  /** Checks and rebuilds `file` beside the live database, after a safety backup of the current data. */
  async function prepare(file: string, passphrase?: string): Promise<PreparedRestore> {
    const staged = stagingPath(databasePath, 'restore');
    const description = toFileInfo(
      await run({ kind: 'rebuild', file: path.resolve(file), staged, passphrase }, 'restore'),
    );
    try {
      const undo = await automatic('before-restore');
      // What the app wrote lately goes into the database file there, so closing it here has little to copy.
      await run({ kind: 'checkpoint', databasePath });
      let retired: string | null = null;
      return {
        description,
        undoFile: undo.file,
        commit: () => {
          retired = swapInDatabase(staged, databasePath);
        },
        finish: () => removeRetired(retired),
        discard: () => removeDatabaseFiles(staged),
      };
    } catch (error) {
      removeDatabaseFiles(staged);
      throw error;
    }
  }

  /** The merge's transaction holds the write lock on the worker: the app's own writes fail fast meanwhile. */
  async function whileMergeWrites<T>(work: () => Promise<T>): Promise<T> {
    const db = current().ctx.db;
    db.pragma(`busy_timeout = ${WAIT_FOR_MERGE_MS}`);
    try {
      return await work();
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${DEFAULT_BUSY_TIMEOUT_MS}`);
    }
  }

  return {
    /** True while a job runs: the daily schedule then skips its turn. */
    get busy(): boolean {
      return gate.current !== null;
    },
    create(out: string, passphrase?: string): Promise<BackupResult> {
      return gate.exclusive({ kind: 'backup' }, () =>
        run({
          kind: 'backup',
          databasePath,
          out: path.resolve(out),
          passphrase,
          createdAt: now(),
          stagingDir: workDir,
        }),
      );
    },
    /**
     * An automatic backup into the backup folder as its own job: refused while another job runs, unless
     * `wait` (the backup on quit waits for the user's job to end).
     */
    runAutomatic(reason: BackupReason, { wait = false }: { wait?: boolean } = {}): Promise<BackupResult> {
      const job = { kind: 'automatic' as const, reason };
      return wait ? gate.queued(job, () => automatic(reason)) : gate.exclusive(job, () => automatic(reason));
    },
    status(): BackupStatus {
      const state = loadBackupState(dataDir);
      const folder = backupFolder(dataDir, state.settings);
      return {
        ...state,
        job: gate.current && { ...gate.current },
        folder,
        backups: listAutomaticBackups(folder),
        progress: { ...progress },
        restoreProgress: { ...restoreProgress },
      };
    },
    saveSettings: (settings: Parameters<typeof saveBackupSettings>[1]) =>
      saveBackupSettings(dataDir, settings),
    /** Checks a file fully, as a restore would, and describes it; its progress shows as restoreProgress. */
    inspect(file: string, passphrase?: string): Promise<BackupFileInfo> {
      return gate.exclusive({ kind: 'inspect' }, async () =>
        toFileInfo(await run({ kind: 'inspect', file: path.resolve(file), workDir, passphrase }, 'restore')),
      );
    },
    /** Checks and rebuilds `file` beside the live database, after a safety backup of the current data. */
    prepareRestore(file: string, passphrase?: string): Promise<PreparedRestore> {
      return gate.exclusive({ kind: 'restore' }, () => prepare(file, passphrase));
    },
    /**
     * The whole restore as one job: the check and rebuild, the safety backup, then `swap`, which closes
     * the live connection, calls `commit` (the atomic rename) and reopens. A failed swap drops the rebuild.
     */
    restore(
      file: string,
      passphrase: string | undefined,
      swap: (commit: () => void) => Promise<void> | void,
    ): Promise<{ restored: BackupFileInfo; undoFile: string }> {
      return gate.exclusive({ kind: 'restore' }, async () => {
        const prepared = await prepare(file, passphrase);
        try {
          await swap(() => prepared.commit());
        } catch (error) {
          prepared.discard();
          throw error;
        }
        await syncFolderOf(databasePath);
        await prepared.finish();
        return { restored: prepared.description, undoFile: prepared.undoFile };
      });
    },
    /**
     * The dry run (a backup checked and rebuilt, or an exchange file parsed), then validated; writes nothing.
     * `summary` (the screen) leaves out the record-by-record list.
     */
    previewMerge<D extends PlanDetail = 'full'>(
      file: string,
      passphrase?: string,
      detail?: D,
    ): Promise<PlanOf<D>> {
      const items = (detail ?? 'full') === 'full';
      return gate.exclusive({ kind: 'merge-check' }, () =>
        run(
          { kind: 'merge-plan', databasePath, file: path.resolve(file), workDir, passphrase, items },
          'merge-check',
        ),
      ) as Promise<PlanOf<D>>;
    },
    /**
     * Reads and validates the file as the dry run does, then a safety backup, then the merge in one
     * transaction; `planId` from the preview pins what is applied.
     */
    applyMerge<D extends PlanDetail = 'full'>(
      file: string,
      passphrase?: string,
      planId?: string,
      detail?: D,
    ): Promise<{ plan: PlanOf<D>; report: ImportReport; undoFile: string }> {
      const items = (detail ?? 'full') === 'full';
      return gate.exclusive({ kind: 'merge-apply' }, () =>
        whileMergeWrites(() =>
          run(
            {
              kind: 'merge-apply',
              databasePath,
              dataDir,
              file: path.resolve(file),
              workDir,
              passphrase,
              planId,
              items,
              stamps: { merge: now(), backup: now() },
            },
            'merge-apply',
          ),
        ),
      ) as Promise<{ plan: PlanOf<D>; report: ImportReport; undoFile: string }>;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** Leftover temporary files of an interrupted restore or inspection; safe to call at start-up. */
export function removeStaleTemporaryFiles(databasePath: string, dataDir: string): void {
  const dir = path.dirname(path.resolve(databasePath));
  const prefix = `.${path.basename(databasePath)}.restore-`;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : [])
    if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { force: true });
  fs.rmSync(path.join(dataDir, 'tmp'), { recursive: true, force: true });
  // An automatic backup cut short by a crash leaves its hidden temporary file in the backup folder.
  const folder = backupFolder(dataDir, loadBackupState(dataDir).settings);
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : [])
    if (/^\.so-hop-.*\.tmp(-wal|-shm|-journal)?$/.test(name))
      fs.rmSync(path.join(folder, name), { force: true });
}
