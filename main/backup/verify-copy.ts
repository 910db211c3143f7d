// Checking a backup copy just written: reopened read-only, its facts read for the manifest, and a full
// integrity_check. The file was just written, so it is in the OS cache: memory-mapping it and a large page
// cache let SQLite read it without copying every page through its read path.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID } from '../db/connection';
import type { ReadableDb } from '../db/types';
import { countRecords, officeNameOf, type BackupManifest } from './manifest';

export type CopyFacts = Pick<BackupManifest, 'schemaVersion' | 'officeName' | 'counts'>;

const MAX_MMAP_BYTES = 2 * 1024 * 1024 * 1024;
const CACHE_KIB = 64 * 1024;

export function openCopy(file: string): ReadableDb {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    copy.pragma('trusted_schema = OFF');
    copy.pragma(`mmap_size = ${Math.min(fs.statSync(file).size, MAX_MMAP_BYTES)}`);
    copy.pragma(`cache_size = -${CACHE_KIB}`);
    return copy;
  } catch (error) {
    closeCopy(copy, file);
    throw error;
  }
}

export function closeCopy(copy: ReadableDb, file: string): void {
  copy.close();
  // Reading a WAL-mode copy leaves an empty -wal and -shm beside it.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

export function readCopyFacts(copy: ReadableDb): CopyFacts {
  if (copy.pragma('application_id', { simple: true }) !== APPLICATION_ID)
    throw new AppError('E_DB_NOT_SOHOP', 'Bản sao lưu vừa tạo không mang dấu của Sổ Họp.');
  return {
    schemaVersion: copy.pragma('user_version', { simple: true }) as number,
    officeName: officeNameOf(copy),
    counts: countRecords(copy),
  };
}

export function assertIntact(copy: ReadableDb): void {
  const integrity = copy.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok')
    throw new AppError(
      'E_DB_CORRUPT',
      `Bản sao lưu vừa tạo không qua được kiểm tra toàn vẹn (${String(integrity)}).`,
    );
}
