// Making a backup: SQLite's online backup API copies a consistent snapshot while the app keeps writing,
// the copy is reopened and integrity-checked, the manifest and footer are appended, and only then is the
// file renamed into place. With a passphrase the whole plain file is then encrypted (see crypto.ts).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { nowVietnam } from '../../shared/datetime';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID } from '../db/connection';
import { toAppError } from '../db/sqlite-errors';
import type { ReadableDb } from '../db/types';
import { writeFileAtomic } from '../files/atomic-write';
import { fileError } from '../files/errors';
import { buildTrailer } from './container';
import { encryptBackup, STRONG_KDF, type KdfParams } from './crypto';
import { countRecords, officeNameOf, type BackupManifest, type BackupReason } from './manifest';

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
}

export interface BackupResult {
  file: string;
  bytes: number;
  encrypted: boolean;
  manifest: BackupManifest;
}

/** Pages copied per step: large steps keep the copy close to `cp` speed, small enough to stay responsive. */
const PAGES_PER_STEP = 4096;

function verify(file: string): {
  manifestFacts: Pick<BackupManifest, 'schemaVersion' | 'officeName' | 'counts'>;
} {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    copy.pragma('trusted_schema = OFF');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new AppError(
        'E_DB_CORRUPT',
        `Bản sao lưu vừa tạo không qua được kiểm tra toàn vẹn (${String(integrity)}).`,
      );
    if (copy.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw new AppError('E_DB_NOT_SOHOP', 'Bản sao lưu vừa tạo không mang dấu của Sổ Họp.');
    return {
      manifestFacts: {
        schemaVersion: copy.pragma('user_version', { simple: true }) as number,
        officeName: officeNameOf(copy),
        counts: countRecords(copy),
      },
    };
  } finally {
    copy.close();
    // Reading a WAL-mode copy leaves an empty -wal and -shm beside it.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  }
}

function hashFile(file: string): ReturnType<typeof createHash> {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk))
      hash.update(chunk.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash;
}

/** Writes a verified backup of `db` to `out` (a .sohop file). The previous `out`, if any, is replaced atomically. */
export async function createBackup(
  db: ReadableDb,
  out: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const target = path.resolve(out);
  const dir = path.dirname(target);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fileError(error, dir);
  }
  const staged = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await db.backup(staged, {
      progress: (p) => {
        options.onProgress?.(p);
        return PAGES_PER_STEP;
      },
    });
    options.onProgress?.({ totalPages: 1, remainingPages: 0 });
    const { manifestFacts } = verify(staged);
    const databaseBytes = fs.statSync(staged).size;
    const manifest: BackupManifest = {
      format: 'so-hop-backup',
      version: 1,
      createdAt: (options.now ?? nowVietnam)(),
      applicationId: APPLICATION_ID,
      ...manifestFacts,
      databaseBytes,
      reason: options.reason ?? 'manual',
    };
    fs.appendFileSync(staged, buildTrailer(hashFile(staged), manifest));
    if (options.passphrase !== undefined) {
      // The plain copy sits in the destination folder only for the moment this takes.
      const encrypted = encryptBackup(fs.readFileSync(staged), options.passphrase, options.kdf ?? STRONG_KDF);
      writeFileAtomic(target, encrypted);
      fs.rmSync(staged, { force: true });
    } else {
      const fd = fs.openSync(staged, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
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
