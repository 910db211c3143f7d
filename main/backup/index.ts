// The backup service over the live database: what the CLI, the IPC handlers and the daily schedule call.
// Restore is split: `prepareRestore` does all the checking and writing beside the live file while it
// stays open; the caller then closes its connection, calls `commit` (an atomic rename) and reopens.
import fs from 'node:fs';
import path from 'node:path';
import type {
  BackupFileInfo,
  BackupStatus,
  CheckPhase,
  MergePlan,
  RestoreProgress,
} from '../../shared/backup';
import type { ImportReport } from '../exchange/import';
import type { Services } from '../services';
import {
  backupFolder,
  listAutomaticBackups,
  loadBackupState,
  runAutomaticBackup,
  saveBackupSettings,
} from './automatic';
import { createBackup, type BackupOptions, type BackupResult } from './create';
import { applyMerge, mergePlanSteps } from './merge';
import {
  inspectBackupInSteps,
  rebuildFromBackupInSteps,
  removeDatabaseFiles,
  stagingPath,
  swapInDatabase,
  type BackupDescription,
} from './restore';
import { busyError, createJobGate } from './job-gate';
import type { BackupReason } from './manifest';
import { runSteps, runStepsYielding, type StepProgress } from './steps';

export interface BackupServiceOptions {
  databasePath: string;
  /** The app's data folder: automatic backups, their settings, and temporary files go here. */
  dataDir: string;
  now?: () => string;
}

export interface PreparedRestore {
  description: BackupFileInfo;
  /** The safety backup of the current data, for "Hoàn tác khôi phục". */
  undoFile: string;
  /** Puts the rebuilt database in place. Call with the live connection closed. */
  commit(): void;
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

/** The services of the database the backup service works on: after a restore they are new ones. */
export type ServicesSource = Services | (() => Services);

/**
 * The one backup service of a database (the app's session, the command line, or the preview creates it):
 * one job at a time (see ./job-gate), whose progress and kind `status()` reports, daily backups included.
 */
export function createBackupService(source: ServicesSource, options: BackupServiceOptions) {
  const current = typeof source === 'function' ? source : () => source;
  const { databasePath, dataDir } = options;
  const workDir = path.join(dataDir, 'tmp');
  const gate = createJobGate();
  const progress = { running: false, totalPages: 0, remainingPages: 0 };
  const track: BackupOptions['onProgress'] = (p) => Object.assign(progress, p);
  const restoreProgress: RestoreProgress = { running: false, done: 0, total: 0 };
  const trackRestore = (p: StepProgress) => Object.assign(restoreProgress, p);

  /** Runs a check of a file (restore, inspection, merge), its progress shown as restoreProgress. */
  async function checking<T>(phase: CheckPhase, run: () => Promise<T>): Promise<T> {
    Object.assign(restoreProgress, { running: true, done: 0, total: 0, phase });
    try {
      return await run();
    } finally {
      restoreProgress.running = false;
    }
  }

  async function tracked<T>(run: () => Promise<T>): Promise<T> {
    Object.assign(progress, { running: true, totalPages: 0, remainingPages: 0 });
    try {
      return await run();
    } finally {
      progress.running = false;
    }
  }

  /** An automatic backup inside the running job (a safety backup before a restore or a merge). */
  const automatic = (reason: BackupReason) =>
    tracked(() =>
      runAutomaticBackup(current().ctx.db, dataDir, reason, { now: options.now, onProgress: track }),
    );

  /** Checks and rebuilds `file` beside the live database, after a safety backup of the current data. */
  async function prepare(file: string, passphrase?: string): Promise<PreparedRestore> {
    const staged = stagingPath(databasePath, 'restore');
    const description = await checking('restore', async () =>
      toFileInfo(await rebuildFromBackupInSteps(file, staged, passphrase, trackRestore)),
    );
    try {
      const undo = await automatic('before-restore');
      return {
        description,
        undoFile: undo.file,
        commit: () => swapInDatabase(staged, databasePath),
        discard: () => removeDatabaseFiles(staged),
      };
    } catch (error) {
      removeDatabaseFiles(staged);
      throw error;
    }
  }

  return {
    /** True while a job runs: the daily schedule then skips its turn. */
    get busy(): boolean {
      return gate.current !== null;
    },
    create(out: string, passphrase?: string): Promise<BackupResult> {
      return gate.exclusive({ kind: 'backup' }, () =>
        tracked(() =>
          createBackup(current().ctx.db, out, {
            passphrase,
            onProgress: track,
            now: options.now,
            stagingDir: workDir,
          }),
        ),
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
      return gate.exclusive({ kind: 'inspect' }, () =>
        checking('restore', async () =>
          toFileInfo(await inspectBackupInSteps(file, workDir, passphrase, trackRestore)),
        ),
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
        return { restored: prepared.description, undoFile: prepared.undoFile };
      });
    },
    /** The dry run straight through (the command line, which has no screen to answer). */
    planMerge(file: string, passphrase?: string): MergePlan {
      if (gate.current) throw busyError(gate.current);
      return runSteps(mergePlanSteps(current(), file, workDir, passphrase)).plan;
    },
    /** The dry run giving the event loop a turn between chunks; its progress shows as restoreProgress. */
    previewMerge(file: string, passphrase?: string): Promise<MergePlan> {
      return gate.exclusive({ kind: 'merge-check' }, () =>
        checking('merge-check', async () => {
          const steps = mergePlanSteps(current(), file, workDir, passphrase);
          return (await runStepsYielding(steps, trackRestore)).plan;
        }),
      );
    },
    /**
     * Reads and validates the file as the dry run does (in steps, with progress), then a safety backup, then
     * the merge in one transaction; `planId` from the preview pins what is applied.
     */
    applyMerge(
      file: string,
      passphrase?: string,
      planId?: string,
    ): Promise<{ plan: MergePlan; report: ImportReport; undoFile: string }> {
      return gate.exclusive({ kind: 'merge-apply' }, () =>
        checking('merge-apply', async () => {
          const services = current();
          // Validate first, so a refused file does not leave a safety backup behind.
          const steps = mergePlanSteps(services, file, workDir, passphrase);
          const { source, checked } = await runStepsYielding(steps, trackRestore);
          const undo = await automatic('before-merge');
          return { ...applyMerge(services, source, checked, planId), undoFile: undo.file };
        }),
      );
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
