// The backup jobs themselves, as the backup worker thread runs them (see ./entry.ts); tests that inject
// faults into this thread run them here through `inlineJobs`. Each job opens its own connections by path
// and closes them before it answers, so the caller's connection is never shared across threads.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase, openReadOnly } from '../../db/connection';
import type { Db, ReadableDb } from '../../db/types';
import { createServices } from '../../services';
import { runAutomaticBackup } from '../automatic';
import { createBackup } from '../create';
import { applyMerge, mergePlanSteps } from '../merge';
import { inspectBackupInSteps, rebuildFromBackupInSteps, removeDatabaseFiles } from '../restore';
import { runStepsYielding } from '../steps';
import type { MergePlan, MergePlanSummary } from '../../../shared/backup';
import type { BackupJobSpec, JobKind, JobOf, JobProgress, JobResults } from './protocol';

type Report = (progress: JobProgress) => void;

const backupProgress =
  (report: Report) =>
  (p: { totalPages: number; remainingPages: number }): void =>
    report({ type: 'backup', totalPages: p.totalPages, remainingPages: p.remainingPages });
const checkProgress =
  (report: Report) =>
  (p: { done: number; total: number }): void =>
    report({ type: 'check', done: p.done, total: p.total });

/**
 * Runs `copy` inside one read transaction of `db`: the online backup then copies one snapshot in steps,
 * however the app's own connection writes meanwhile (without it, each write would restart the copy).
 */
async function inSnapshot<T>(db: ReadableDb, copy: () => Promise<T>): Promise<T> {
  db.exec('BEGIN');
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return await copy();
  } finally {
    db.exec('COMMIT');
  }
}

/** A private connection to the live database; closed without the checkpoint that would wait on writers. */
async function withLive<T>(databasePath: string, use: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(databasePath);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

async function withSource<T>(databasePath: string, use: (db: ReadableDb) => Promise<T>): Promise<T> {
  const db = openReadOnly(databasePath);
  try {
    return await inSnapshot(db, () => use(db));
  } finally {
    db.close();
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The plan with its record-by-record list, or without it: copying tens of thousands of items to the app's
 * thread (and on to the screen, which shows only the counts) would cost that thread more than anything else.
 */
function detail(plan: MergePlan, items: boolean): MergePlan | MergePlanSummary {
  if (items) return plan;
  const { items: _left, ...summary } = plan;
  return summary;
}

const handlers: { [K in JobKind]: (job: JobOf<K>, report: Report) => Promise<JobResults[K]> } = {
  backup: (job, report) =>
    withSource(job.databasePath, (db) =>
      createBackup(db, job.out, {
        passphrase: job.passphrase,
        kdf: job.kdf,
        now: () => job.createdAt,
        stagingDir: job.stagingDir,
        onProgress: backupProgress(report),
      }),
    ),
  automatic: (job, report) =>
    withSource(job.databasePath, (db) =>
      runAutomaticBackup(db, job.dataDir, job.reason, {
        now: () => job.stamp,
        onProgress: backupProgress(report),
      }),
    ),
  inspect: (job, report) =>
    inspectBackupInSteps(job.file, job.workDir, job.passphrase, checkProgress(report)),
  rebuild: async (job, report) => {
    const description = await rebuildFromBackupInSteps(
      job.file,
      job.staged,
      job.passphrase,
      checkProgress(report),
    );
    try {
      // Switched to WAL (the live database's mode) and made durable here, so neither the swap nor the
      // reopening on the app's thread has anything to write or wait for.
      const staged = new Database(job.staged);
      try {
        staged.pragma('journal_mode = WAL');
      } finally {
        staged.close();
      }
      fsyncFile(job.staged);
    } catch (error) {
      removeDatabaseFiles(job.staged);
      throw error;
    }
    return description;
  },
  checkpoint: (job) =>
    withLive(job.databasePath, (db) => {
      db.pragma('wal_checkpoint(PASSIVE)');
      return Promise.resolve(null);
    }),
  'merge-plan': (job, report) =>
    withLive(job.databasePath, async (db) => {
      const steps = mergePlanSteps(createServices(db), job.file, job.workDir, job.passphrase);
      return detail((await runStepsYielding(steps, checkProgress(report))).plan, job.items);
    }),
  'merge-apply': (job, report) =>
    withLive(job.databasePath, async (db) => {
      const services = createServices(db, { now: () => job.stamps.merge });
      // Validate first, so a refused file does not leave a safety backup behind.
      const steps = mergePlanSteps(services, job.file, job.workDir, job.passphrase);
      const { source, checked } = await runStepsYielding(steps, checkProgress(report));
      const undo = await inSnapshot(db, () =>
        runAutomaticBackup(db, job.dataDir, 'before-merge', {
          now: () => job.stamps.backup,
          onProgress: backupProgress(report),
        }),
      );
      // The one transaction blocks this thread only; the app's thread keeps answering.
      const merged = applyMerge(services, source, checked, job.planId);
      // Copy the merge from the WAL into the database here, so the app's next write does not have to.
      db.pragma('wal_checkpoint(PASSIVE)');
      return { ...merged, plan: detail(merged.plan, job.items), undoFile: undo.file };
    }),
};

export function runJob<K extends JobKind>(job: JobOf<K>, report: Report): Promise<JobResults[K]> {
  const run = handlers[job.kind] as (job: BackupJobSpec, report: Report) => Promise<JobResults[K]>;
  return run(job, report);
}
