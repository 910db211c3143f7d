// A database someone else made, opened as hostile: from bytes in memory (no -wal, -journal or locks of the
// original file are ever touched), read-only, trusted_schema off, no extension loading, and its schema
// compared object by object with what our own migrations create. Nothing of its schema is ever adopted.
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID } from '../db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../db/migrations';
import type { Db, ReadableDb } from '../db/types';
import { invalid } from './container';
import type { BackupManifest } from './manifest';

const newer = (version: number) =>
  new AppError(
    'E_BACKUP_NEWER',
    `Tệp được tạo bởi phiên bản Sổ Họp mới hơn (lược đồ ${version}, phiên bản này hiểu tới ${LATEST_SCHEMA_VERSION}). Hãy cập nhật phần mềm trước.`,
  );

/** Internal tables SQLite may create on its own (ANALYZE); never copied. */
const IGNORED_OBJECTS = new Set(['sqlite_stat1', 'sqlite_stat4']);

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const expectedSchemas = new Map<number, Map<string, SchemaObject>>();

/** The schema our migrations produce at `version`, built once in memory. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  const cached = expectedSchemas.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    db.transaction(() => migrations.filter((m) => m.version <= version).forEach((m) => m.up(db as Db)))();
    const objects = readSchema(db);
    expectedSchemas.set(version, objects);
    return objects;
  } finally {
    db.close();
  }
}

function readSchema(db: ReadableDb): Map<string, SchemaObject> {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaObject[];
  return new Map(rows.filter((r) => !IGNORED_OBJECTS.has(r.name)).map((r) => [r.name, r]));
}

const typeNames: Record<string, string> = {
  table: 'bảng',
  index: 'chỉ mục',
  view: 'khung nhìn',
  trigger: 'trigger',
};

function assertOwnSchema(db: ReadableDb, version: number): void {
  const expected = expectedSchema(version);
  const actual = readSchema(db);
  for (const [name, object] of actual) {
    const mine = expected.get(name);
    if (!mine)
      throw invalid(
        `có ${typeNames[object.type] ?? object.type} lạ "${name.slice(0, 80)}" không thuộc Sổ Họp`,
      );
    if (mine.type !== object.type || mine.tbl_name !== object.tbl_name || mine.sql !== object.sql)
      throw invalid(`cấu trúc của "${name}" khác với Sổ Họp (kiểu cột hoặc ràng buộc bị thay đổi)`);
  }
  for (const name of expected.keys())
    if (!actual.has(name)) throw invalid(`thiếu "${name}" trong cấu trúc dữ liệu`);
}

/** Version numbers straight from the SQLite header, before SQLite parses anything else. */
function headerVersions(bytes: Buffer): { userVersion: number; applicationId: number } {
  return { userVersion: bytes.readUInt32BE(60), applicationId: bytes.readUInt32BE(68) };
}

export function checkVersions(applicationId: number, userVersion: number): void {
  if (applicationId !== APPLICATION_ID)
    throw invalid('đây là cơ sở dữ liệu của một chương trình khác, không phải của Sổ Họp');
  if (userVersion > LATEST_SCHEMA_VERSION) throw newer(userVersion);
  if (userVersion < 1) throw invalid('phiên bản lược đồ không hợp lệ');
}

function sqliteFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return invalid(`cơ sở dữ liệu bên trong bị hỏng (${message.slice(0, 200)})`);
}

/** Runs `use` over a foreign connection, turning any SQLite failure into a refusal of the file. */
export function guardForeign<T>(use: () => T): T {
  try {
    return use();
  } catch (error) {
    throw sqliteFailure(error);
  }
}

/**
 * Opens the untrusted database bytes (and takes them over) and checks them; the caller must close the result.
 * Returns the connection and the schema version it holds.
 */
export function openForeign(
  bytes: Buffer,
  manifest: BackupManifest | null,
): { db: ReadableDb; version: number } {
  if (bytes.length < 100) throw invalid('cơ sở dữ liệu quá ngắn');
  const header = headerVersions(bytes);
  checkVersions(header.applicationId, header.userVersion);
  if (manifest) {
    checkVersions(manifest.applicationId, manifest.schemaVersion);
    if (manifest.schemaVersion !== header.userVersion || manifest.applicationId !== header.applicationId)
      throw invalid('phần mô tả không khớp với cơ sở dữ liệu');
  }
  // Our backups are WAL databases; in memory there is no -shm, so read them as a rollback-journal file.
  // The bytes are ours (read from the file for this purpose), so they are patched in place, not copied.
  if (bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  let db: ReadableDb | undefined;
  try {
    db = new Database(bytes, { readonly: true });
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('query_only = ON');
    const opened = db;
    guardForeign(() => {
      checkVersions(
        opened.pragma('application_id', { simple: true }) as number,
        opened.pragma('user_version', { simple: true }) as number,
      );
      // The schema first: integrity_check evaluates CHECK constraints and index expressions, which must be ours.
      assertOwnSchema(opened, header.userVersion);
      const integrity = (opened.pragma('integrity_check(20)') as { integrity_check: string }[]).map(
        (r) => r.integrity_check,
      );
      if (integrity.length !== 1 || integrity[0] !== 'ok')
        throw invalid(`kiểm tra toàn vẹn thất bại: ${integrity.slice(0, 3).join('; ').slice(0, 300)}`);
      const violations = opened.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0)
        throw invalid(`${violations.length} bản ghi tham chiếu tới bản ghi không tồn tại`);
    });
    return { db: opened, version: header.userVersion };
  } catch (error) {
    db?.close();
    throw sqliteFailure(error);
  }
}
