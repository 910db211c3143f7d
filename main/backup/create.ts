// Making a backup: SQLite's online backup API copies a consistent snapshot while the app keeps writing,
// the copy is reopened and integrity-checked (while a worker hashes it), the manifest and footer are
// appended, and only then is the file renamed into place. With a passphrase the plain copy and its trailer
// are streamed through AES-256-GCM into the destination instead (see crypto.ts, write-encrypted.ts); that
// plain copy is made in the data folder, so nothing but ciphertext ever reaches the destination folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { nowVietnam } from '../../shared/datetime';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID } from '../db/connection';
import { toAppError } from '../db/sqlite-errors';
import type { ReadableDb } from '../db/types';
import { fileError } from '../files/errors';
import { assertNotDatabaseFile } from '../files/not-the-database';
import { trailerHead } from './container';
import { openEnvelope, STRONG_KDF, type KdfParams } from './crypto';
import { hashFile, type FileHash } from './hash-file';
import type { BackupManifest, BackupReason } from './manifest';
import { assertIntact, closeCopy, openCopy, readCopyFacts, type CopyFacts } from './verify-copy';
import { writeEncryptedAtomic } from './write-encrypted';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface BackupOptions {
  passphrase?: string | undefined;
  reason?: BackupReason;
  onProgress?: (progress: BackupProgress) => void;
  now?: () => string;
  /** Tests use cheaper scrypt settings; files are always written with STRONG_KDF otherwise. */
  kdf?: KdfParams;
  /**
   * Where an encrypted backup's plain copy is made and checked before it is encrypted into the destination:
   * the app's data folder (`tmp` in it), never the USB stick or synced folder the backup goes to. By default
   * `tmp` beside the database, which is the data folder for the app and the CLI.
   */
  stagingDir?: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  encrypted: boolean;
  manifest: BackupManifest;
}

/** Pages copied per step: large steps keep the copy close to `cp` speed, small enough to stay responsive. */
const PAGES_PER_STEP = 4096;

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reopens the copy, reads what the manifest says about it, and runs integrity_check while a worker hashes
 * the copy's bytes and the manifest: returns the manifest and the trailer to append (or encrypt).
 */
async function verifyAndSeal(
  staged: string,
  databaseBytes: number,
  describe: (facts: CopyFacts) => BackupManifest,
): Promise<{ manifest: BackupManifest; trailer: Buffer }> {
  const copy = openCopy(staged);
  let hash: FileHash | undefined;
  let manifest: BackupManifest;
  let head: Buffer;
  try {
    manifest = describe(readCopyFacts(copy));
    head = trailerHead(manifest);
    hash = hashFile(staged, databaseBytes, head);
    assertIntact(copy);
  } catch (error) {
    closeCopy(copy, staged);
    // The caller removes the copy: the worker must have closed it first (Windows).
    await hash?.cancel();
    throw error;
  }
  closeCopy(copy, staged);
  return { manifest, trailer: Buffer.concat([head, await hash.digest]) };
}

function defaultStagingDir(db: ReadableDb): string {
  if (db.memory)
    throw new AppError('E_USAGE', 'Cơ sở dữ liệu trong bộ nhớ không có thư mục dữ liệu để sao lưu.');
  return path.join(path.dirname(path.resolve(db.name)), 'tmp');
}

/** A backup written over the live database (or its WAL, shared-memory file or lock) would destroy it. */
function assertNotTheDatabase(db: ReadableDb, target: string): void {
  if (!db.memory) assertNotDatabaseFile(target, [db.name]);
}

/** Writes a verified backup of `db` to `out` (a .sohop file). The previous `out`, if any, is replaced atomically. */
export async function createBackup(
  db: ReadableDb,
  out: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const target = path.resolve(out);
  assertNotTheDatabase(db, target);
  const dir = path.dirname(target);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fileError(error, dir);
  }
  // A plain backup is the plain database anyway: it is staged beside its destination, for an atomic rename.
  // An encrypted one is staged in the data folder, so the destination only ever sees ciphertext.
  const encrypting = options.passphrase !== undefined;
  const stagingDir = encrypting ? (options.stagingDir ?? defaultStagingDir(db)) : dir;
  try {
    fs.mkdirSync(stagingDir, { recursive: true });
  } catch (error) {
    throw fileError(error, stagingDir);
  }
  const staged = path.join(stagingDir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // scrypt runs on the thread pool while the copy and its check run here.
  const envelope =
    options.passphrase === undefined ? null : openEnvelope(options.passphrase, options.kdf ?? STRONG_KDF);
  envelope?.catch(() => undefined);
  try {
    await db.backup(staged, {
      progress: (p) => {
        options.onProgress?.(p);
        return PAGES_PER_STEP;
      },
    });
    options.onProgress?.({ totalPages: 1, remainingPages: 0 });
    const databaseBytes = fs.statSync(staged).size;
    const { manifest, trailer } = await verifyAndSeal(staged, databaseBytes, (facts) => ({
      format: 'so-hop-backup',
      version: 1,
      createdAt: (options.now ?? nowVietnam)(),
      applicationId: APPLICATION_ID,
      ...facts,
      databaseBytes,
      reason: options.reason ?? 'manual',
    }));
    if (envelope) {
      await writeEncryptedAtomic(staged, databaseBytes, trailer, target, await envelope);
      fs.rmSync(staged, { force: true });
    } else {
      fs.appendFileSync(staged, trailer);
      fsyncFile(staged);
      fs.renameSync(staged, target);
    }
    return {
      file: target,
      bytes: fs.statSync(target).size,
      encrypted: options.passphrase !== undefined,
      manifest,
    };
  } catch (error) {
    fs.rmSync(staged, { force: true });
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${staged}${suffix}`, { force: true });
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw typeof code === 'string' && code.startsWith('SQLITE')
      ? toAppError(error, 'bản sao lưu')
      : fileError(error, target);
  }
}
