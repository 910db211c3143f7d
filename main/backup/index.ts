// The backup service over the live database: what the CLI and the IPC handlers call.
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

export function createBackupService(services: Services, options: BackupServiceOptions) {
  const db = services.ctx.db;
  const { databasePath, dataDir } = options;
  const workDir = path.join(dataDir, 'tmp');
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

  const automatic = (reason: Parameters<typeof runAutomaticBackup>[2]) =>
    tracked(() => runAutomaticBackup(db, dataDir, reason, { now: options.now, onProgress: track }));

  return {
    create(out: string, passphrase?: string): Promise<BackupResult> {
      return tracked(() =>
        createBackup(db, out, { passphrase, onProgress: track, now: options.now, stagingDir: workDir }),
      );
    },
    runAutomatic: automatic,
    status(): BackupStatus {
      const state = loadBackupState(dataDir);
      const folder = backupFolder(dataDir, state.settings);
      return {
        ...state,
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
      return checking('restore', async () =>
        toFileInfo(await inspectBackupInSteps(file, workDir, passphrase, trackRestore)),
      );
    },
    /** Checks and rebuilds `file` beside the live database, after a safety backup of the current data. */
    async prepareRestore(file: string, passphrase?: string): Promise<PreparedRestore> {
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
    },
    /** The dry run straight through (the command line, which has no screen to answer). */
    planMerge(file: string, passphrase?: string): MergePlan {
      return runSteps(mergePlanSteps(services, file, workDir, passphrase)).plan;
    },
    /** The dry run giving the event loop a turn between chunks; its progress shows as restoreProgress. */
    previewMerge(file: string, passphrase?: string): Promise<MergePlan> {
      return checking('merge-check', async () => {
        const steps = mergePlanSteps(services, file, workDir, passphrase);
        return (await runStepsYielding(steps, trackRestore)).plan;
      });
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
      return checking('merge-apply', async () => {
        // Validate first, so a refused file does not leave a safety backup behind.
        const steps = mergePlanSteps(services, file, workDir, passphrase);
        const { source, checked } = await runStepsYielding(steps, trackRestore);
        const undo = await automatic('before-merge');
        return { ...applyMerge(services, source, checked, planId), undoFile: undo.file };
      });
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
