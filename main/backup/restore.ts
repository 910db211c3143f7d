// Restore, in two steps. `rebuildFromBackup` turns an untrusted file into a fresh database of ours (our
// migrations, rows copied and validated) at a temporary path, without touching the current database.
// `swapInDatabase` then puts it in place atomically; the caller closes its connection first and reopens after.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { closeDatabase, openDatabase } from '../db/connection';
import { createServices } from '../services';
import { fileError } from '../files/errors';
import { invalid } from './container';
import { copyForeignSteps, type CopyProgress } from './copy';
import { openForeign } from './foreign';
import { countRecords, officeNameOf, type BackupCounts, type BackupManifest } from './manifest';
import { readBackupFile } from './read';
import { runSteps, runStepsYielding } from './steps';

export interface BackupDescription {
  file: string;
  encrypted: boolean;
  /** Null for a bare database file. */
  manifest: BackupManifest | null;
  schemaVersion: number;
  officeName: string | null;
  counts: BackupCounts;
}

/** The staging database is written once, with random keys into every index: a large cache saves rereads. */
const STAGING_CACHE_KIB = 128 * 1024;

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Where a rebuild is: records copied out of all the file holds (0 of 0 while the file is being checked). */
export type RebuildProgress = CopyProgress;

/** The rebuild, one chunk of records per step (see ./steps for the drivers). */
export function* rebuildSteps(
  source: string,
  target: string,
  passphrase: string | undefined,
): Generator<RebuildProgress, BackupDescription> {
  if (fs.existsSync(target)) throw new AppError('E_INTERNAL', `Tệp tạm ${target} đã tồn tại.`);
  const unwrapped = readBackupFile(source, passphrase);
  const foreign = openForeign(unwrapped.database, unwrapped.manifest);
  try {
    const db = openDatabase(target);
    try {
      // A staging file is thrown away on any failure and fsynced before it is used, so it needs no WAL and
      // no syncing while it fills; the journal stays (in memory) so a refused chunk still rolls back.
      db.pragma('journal_mode = MEMORY');
      db.pragma('synchronous = OFF');
      db.pragma(`cache_size = -${STAGING_CACHE_KIB}`);
      yield* copyForeignSteps(foreign.db, foreign.version, createServices(db));
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0 || db.pragma('quick_check', { simple: true }) !== 'ok')
        throw invalid('cơ sở dữ liệu dựng lại không qua được kiểm tra');
      const counts = countRecords(db);
      const manifest = unwrapped.manifest;
      if (manifest && JSON.stringify(manifest.counts) !== JSON.stringify(counts))
        throw invalid('số bản ghi không khớp với phần mô tả');
      return {
        file: source,
        encrypted: unwrapped.encrypted,
        manifest,
        schemaVersion: foreign.version,
        officeName: officeNameOf(db),
        counts,
      };
    } finally {
      closeDatabase(db);
    }
  } catch (error) {
    removeDatabaseFiles(target);
    throw error;
  } finally {
    foreign.db.close();
  }
}

/**
 * Checks `source` completely and writes its data into a new database at `target` (which must not exist).
 * On any failure `target` is removed and the error says why; nothing else is written.
 */
export function rebuildFromBackup(source: string, target: string, passphrase?: string): BackupDescription {
  return runSteps(rebuildSteps(source, target, passphrase));
}

/**
 * The same as `rebuildFromBackup`, giving the event loop a turn after each chunk of records (so the UI's
 * status calls are answered) and reporting how far it is.
 */
export function rebuildFromBackupInSteps(
  source: string,
  target: string,
  passphrase: string | undefined,
  onProgress: (progress: RebuildProgress) => void,
): Promise<BackupDescription> {
  return runStepsYielding(rebuildSteps(source, target, passphrase), onProgress);
}

/** A temporary path beside `databasePath`, on the same disk so the final rename is atomic. */
export function stagingPath(databasePath: string, label: string): string {
  return path.join(
    path.dirname(path.resolve(databasePath)),
    `.${path.basename(databasePath)}.${label}-${randomBytes(6).toString('hex')}.tmp`,
  );
}

/**
 * Checks a file fully (as a restore would) and describes it, writing only to a temporary file it then
 * removes; reports progress after each chunk of records (the backup worker runs it).
 */
export async function inspectBackupInSteps(
  source: string,
  workDir: string,
  passphrase: string | undefined,
  onProgress: (progress: RebuildProgress) => void,
): Promise<BackupDescription> {
  const target = scratchPath(workDir);
  try {
    return await rebuildFromBackupInSteps(source, target, passphrase, onProgress);
  } finally {
    removeDatabaseFiles(target);
  }
}

function scratchPath(workDir: string): string {
  fs.mkdirSync(workDir, { recursive: true });
  return stagingPath(path.join(workDir, 'inspect.sqlite'), 'inspect');
}

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Windows refuses a rename for a moment while an antivirus or the indexer has the file open: retry briefly. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 20 || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/**
 * Replaces the database at `databasePath` with the rebuilt file `staged` (fsynced, then an atomic rename).
 * The live connection must be closed (its WAL checkpointed) before this runs. Either the old file or the new
 * one is in place afterwards; `syncFolderOf` then makes the rename itself durable.
 *
 * Renaming over a large file frees its blocks inside the rename (130–200 ms for 100 MB, on the app's
 * thread). So the old file first gets a second name (a hard link, where the file system has them), the
 * rename only drops a name, and the returned file is deleted later off the thread (`removeRetired`); a
 * crash in between leaves it to the stale-file cleanup at the next start (its name is a staging name).
 */
export function swapInDatabase(staged: string, databasePath: string): string | null {
  const wal = `${databasePath}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0)
    throw new AppError('E_DB_BUSY', 'Cơ sở dữ liệu vẫn đang được mở ở nơi khác; hãy đóng rồi thử lại.');
  let retired: string | null = stagingPath(databasePath, 'restore-old');
  try {
    fsyncPath(staged);
    // An empty -wal or -shm of the old file must not be paired with the new one.
    fs.rmSync(wal, { force: true });
    fs.rmSync(`${databasePath}-shm`, { force: true });
    try {
      fs.linkSync(databasePath, retired);
    } catch {
      retired = null;
    }
    renameWithRetry(staged, databasePath);
    return retired;
  } catch (error) {
    // The old file is still in place under its own name: its second name only has to go.
    if (retired) fs.rmSync(retired, { force: true });
    throw fileError(error, databasePath);
  }
}

/** Deletes the old database a swap left under a second name, on the thread pool (not the app's thread). */
export async function removeRetired(file: string | null): Promise<void> {
  if (file) await fs.promises.rm(file, { force: true }).catch(() => undefined);
}

/** Syncs the folder of `databasePath` (the rename of a swap) off this thread; Windows has nothing to sync. */
export async function syncFolderOf(databasePath: string): Promise<void> {
  let folder: fs.promises.FileHandle | undefined;
  try {
    folder = await fs.promises.open(path.dirname(path.resolve(databasePath)), 'r');
    await folder.sync();
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await folder?.close();
  }
}
