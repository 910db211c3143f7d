// Opens the app's SQLite database: checks it is ours and not from a newer version,
// sets the pragmas, and brings the schema up to date in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { toAppError } from './sqlite-errors';
import type { Db, ReadableDb } from './types';

/** `PRAGMA application_id` of every Sổ Họp database: the bytes "SoHp". */
export const APPLICATION_ID = 0x536f4870;

/** better-sqlite3 13 is a Node-API 10 addon: older runtimes (Node 20) would crash inside it. */
function assertRuntime(): void {
  const napi = Number(process.versions.napi ?? 0);
  if (napi < 10)
    throw new AppError(
      'E_INTERNAL',
      `Sổ Họp cần Node.js 22.14 trở lên (Node-API 10); đang chạy Node ${process.versions.node}. Hãy chạy qua "npm run …" hoặc cài Node.js 24.`,
    );
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another runtime; the default binding otherwise. */
  nativeBinding?: string;
}

function readVersions(db: ReadableDb): { applicationId: number; userVersion: number; tableCount: number } {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    tableCount: (
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }
    ).n,
  };
}

/** Refuses files that are not a Sổ Họp database or come from a newer version of the app. */
export function assertSoHopDatabase(db: ReadableDb, label: string): number {
  const { applicationId, userVersion, tableCount } = readVersions(db);
  const blank = applicationId === 0 && userVersion === 0 && tableCount === 0;
  if (!blank && applicationId !== APPLICATION_ID)
    throw new AppError(
      'E_DB_NOT_SOHOP',
      `Tệp ${label} là cơ sở dữ liệu của một chương trình khác, không phải của Sổ Họp.`,
    );
  if (userVersion > LATEST_SCHEMA_VERSION)
    throw new AppError(
      'E_DB_NEWER',
      `Tệp ${label} được tạo bởi phiên bản Sổ Họp mới hơn (lược đồ ${userVersion}, phiên bản này hiểu tới ${LATEST_SCHEMA_VERSION}). Hãy cập nhật phần mềm trước.`,
    );
  return userVersion;
}

/**
 * Applies every pending migration in one transaction: a failure leaves the file as it was. With
 * `derived: false` the migrations' `afterAll` work (rebuilding the search index) is left out: for a
 * private copy that is only read record by record.
 */
export function migrate(db: Db, options: { derived?: boolean } = {}): { from: number; to: number } {
  const from = assertSoHopDatabase(db, 'cơ sở dữ liệu');
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    if (options.derived !== false)
      for (const after of new Set(pending.map((m) => m.afterAll).filter((f) => f !== undefined))) after(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  }).immediate();
  return { from, to: LATEST_SCHEMA_VERSION };
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  assertRuntime();
  let db: Database.Database | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma('trusted_schema = OFF');
    assertSoHopDatabase(db, 'cơ sở dữ liệu');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MB of page cache: ten years of meetings is a few hundred MB, and UUID keys insert at random.
    db.pragma('cache_size = -65536');
    const writable = db as Db;
    migrate(writable);
    return writable;
  } catch (error) {
    db?.close();
    throw toAppError(error);
  }
}

/** Opens any file read-only, without running migrations: for `check` and for inspecting files. */
export function openReadOnly(file: string, options: OpenOptions = {}): ReadableDb {
  if (!fs.existsSync(file)) throw new AppError('E_FILE_NOT_FOUND', `Không tìm thấy tệp ${file}.`);
  assertRuntime();
  try {
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    db.pragma('trusted_schema = OFF');
    return db;
  } catch (error) {
    throw toAppError(error);
  }
}

/** Checkpoints the WAL into the main file and closes; safe to call twice. */
export function closeDatabase(db: ReadableDb): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
