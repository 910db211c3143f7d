// The plain .sohop layout: the SQLite database as SQLite wrote it, then the manifest (JSON), then a
// 48-byte footer. The file stays an ordinary SQLite database (SQLite ignores bytes past its last page),
// so an administrator can open it with any SQLite tool; the footer's SHA-256 covers every byte before it.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { BACKUP_VERSION, manifestSchema, type BackupManifest } from './manifest';

export const FOOTER_MAGIC = Buffer.from('SOHOPBAK', 'latin1');
export const FOOTER_BYTES = 48;
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const MAX_MANIFEST_BYTES = 1024 * 1024;

export function tampered(detail: string): AppError {
  return new AppError(
    'E_BACKUP_TAMPERED',
    `Tệp sao lưu đã bị sửa đổi hoặc hư hỏng sau khi được tạo (${detail}). Không dùng được tệp này; dữ liệu hiện tại không bị thay đổi.`,
  );
}

export function invalid(detail: string): AppError {
  return new AppError(
    'E_BACKUP_INVALID',
    `Tệp không phải bản sao lưu Sổ Họp dùng được: ${detail}. Dữ liệu hiện tại không bị thay đổi.`,
  );
}

/** The manifest and the footer's first 16 bytes: what follows the database and precedes the SHA-256. */
export function trailerHead(manifest: BackupManifest): Buffer {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const head = Buffer.alloc(16);
  FOOTER_MAGIC.copy(head, 0);
  head.writeUInt16BE(BACKUP_VERSION, 8);
  head.writeUInt32BE(json.length, 12);
  return Buffer.concat([json, head]);
}

/** The manifest and footer appended after the database bytes, given the hash of those bytes so far. */
export function buildTrailer(databaseHash: ReturnType<typeof createHash>, manifest: BackupManifest): Buffer {
  const head = trailerHead(manifest);
  return Buffer.concat([head, databaseHash.update(head).digest()]);
}

export function hasFooter(bytes: Buffer): boolean {
  return (
    bytes.length >= FOOTER_BYTES &&
    bytes.subarray(bytes.length - FOOTER_BYTES, bytes.length - 40).equals(FOOTER_MAGIC)
  );
}

/** Splits a plain .sohop file into its database bytes and manifest, checking the hash. */
export function openContainer(bytes: Buffer): { database: Buffer; manifest: BackupManifest } {
  const footer = bytes.subarray(bytes.length - FOOTER_BYTES);
  const version = footer.readUInt16BE(8);
  const manifestBytes = footer.readUInt32BE(12);
  if (version !== BACKUP_VERSION || footer.readUInt16BE(10) !== 0)
    throw tampered('phần cuối tệp không đúng định dạng');
  if (manifestBytes > MAX_MANIFEST_BYTES || manifestBytes > bytes.length - FOOTER_BYTES)
    throw tampered('độ dài phần mô tả không hợp lệ');
  const digest = createHash('sha256')
    .update(bytes.subarray(0, bytes.length - 32))
    .digest();
  if (!digest.equals(footer.subarray(16))) throw tampered('mã kiểm tra SHA-256 không khớp');
  const manifestStart = bytes.length - FOOTER_BYTES - manifestBytes;
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.subarray(manifestStart, bytes.length - FOOTER_BYTES).toString('utf8'));
  } catch {
    throw invalid('phần mô tả không phải JSON');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw invalid('phần mô tả không đúng định dạng');
  if (parsed.data.databaseBytes !== manifestStart)
    throw invalid('kích thước cơ sở dữ liệu không khớp phần mô tả');
  return { database: bytes.subarray(0, manifestStart), manifest: parsed.data };
}

/** Size a raw SQLite file must have according to its own header, or null when the header does not say. */
export function declaredSqliteSize(bytes: Buffer): number | null {
  if (bytes.length < 100) return null;
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = bytes.readUInt32BE(28);
  const headerSizeValid = pages > 0 && bytes.readUInt32BE(24) === bytes.readUInt32BE(92);
  return headerSizeValid ? pageSize * pages : null;
}
