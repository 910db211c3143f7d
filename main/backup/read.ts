// Reading any file offered as a backup: a plain .sohop, an encrypted one, or a bare Sổ Họp database.
// Everything is checked on bytes in memory before SQLite sees them.
import fs from 'node:fs';
import { readRegularFile } from '../files/read-regular';
import { declaredSqliteSize, hasFooter, invalid, openContainer, SQLITE_MAGIC, tampered } from './container';
import { decryptBackup, isEnvelope, looksLikeDamagedEnvelope } from './crypto';
import type { BackupManifest } from './manifest';

/** Ten years of an office is about 110 MB; anything far beyond is refused before it is read. */
export const MAX_BACKUP_BYTES = 1536 * 1024 * 1024;

export interface BackupBytes {
  /** The SQLite database, still untrusted. */
  database: Buffer;
  /** Null for a bare database file (no .sohop manifest). */
  manifest: BackupManifest | null;
  encrypted: boolean;
}

function readBounded(file: string): Buffer {
  const bytes = readRegularFile(file, MAX_BACKUP_BYTES, (size) => invalid(`tệp quá lớn (${size} byte)`));
  if (bytes.length === 0) throw invalid('tệp rỗng (0 byte)');
  return bytes;
}

function splitPlain(bytes: Buffer, encrypted: boolean): BackupBytes {
  if (hasFooter(bytes)) return { ...openContainer(bytes), encrypted };
  if (encrypted) throw invalid('nội dung giải mã không phải bản sao lưu');
  if (bytes.length < 100 || !bytes.subarray(0, 16).equals(SQLITE_MAGIC))
    throw invalid('không phải tệp sao lưu Sổ Họp (.sohop) hay cơ sở dữ liệu SQLite');
  const declared = declaredSqliteSize(bytes);
  if (declared !== null && declared !== bytes.length)
    throw declared > bytes.length
      ? invalid('cơ sở dữ liệu bị cắt cụt')
      : tampered('có dữ liệu lạ sau cơ sở dữ liệu');
  return { database: bytes, manifest: null, encrypted: false };
}

/** Reads, authenticates and unwraps a backup file. The database inside is not yet checked. */
export function readBackupFile(file: string, passphrase?: string): BackupBytes {
  const bytes = readBounded(file);
  if (isEnvelope(bytes)) return splitPlain(decryptBackup(bytes, passphrase), true);
  if (looksLikeDamagedEnvelope(bytes)) throw tampered('phần đầu tệp mã hóa bị sửa');
  const bare = !hasFooter(bytes) && bytes.subarray(0, 16).equals(SQLITE_MAGIC);
  // A bare database that is someone's live file may have recent changes in its -wal: refuse rather than lose them.
  if (bare && fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0)
    throw invalid('cơ sở dữ liệu đang được mở (có tệp -wal đi kèm); hãy đóng Sổ Họp hoặc dùng lệnh sao lưu');
  return splitPlain(bytes, false);
}
