// One writer per database file, across processes and machines: an exclusive SQLite lock on a small
// companion file (`so-hop.sqlite.lock`). The operating system holds the lock (fcntl on Linux/macOS,
// LockFileEx on Windows) and drops it when the process ends in any way, even when killed, so a crash
// never leaves a stale lock behind, unlike a file holding a pid.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { toAppError } from './sqlite-errors';

export interface DatabaseLock {
  file: string;
  release(): void;
}

/** How long taking the lock waits for a process that is only starting or releasing it. */
const LOCK_WAIT_MS = 500;

export function lockPathFor(databasePath: string): string {
  return `${path.resolve(databasePath)}.lock`;
}

export function acquireDatabaseLock(databasePath: string): DatabaseLock {
  const file = lockPathFor(databasePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Database.Database | undefined;
  try {
    // A short wait, not none: two processes starting together each read the file (a shared lock) before
    // writing to it, and with no wait the first one's commit fails on the second one's shared lock while
    // the second fails on the first one's write, so both were refused. With the wait, SQLite refuses the
    // second at once (it sees the deadlock), it closes, and the first commits. A lock truly held by a
    // running app is reported after this wait.
    db = new Database(file, { timeout: LOCK_WAIT_MS });
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER, started_at TEXT)');
    // In exclusive locking mode the first write takes the lock and the connection keeps it until closed.
    db.prepare('DELETE FROM owner').run();
    db.prepare('INSERT INTO owner (pid, started_at) VALUES (?, ?)').run(
      process.pid,
      new Date().toISOString(),
    );
  } catch (error) {
    db?.close();
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY'))
      throw new AppError(
        'E_DB_LOCKED',
        'Cơ sở dữ liệu đang được một cửa sổ Sổ Họp khác (hoặc một máy khác) sử dụng. Hãy đóng cửa sổ đó rồi thử lại.',
        { cause: error },
      );
    throw toAppError(error);
  }
  const held = db;
  return {
    file,
    release() {
      if (held.open) held.close();
    },
  };
}

/** Runs `use` while holding the lock of `databasePath`. */
export function withDatabaseLock<T>(databasePath: string, use: () => T): T {
  const lock = acquireDatabaseLock(databasePath);
  try {
    return use();
  } finally {
    lock.release();
  }
}
