// How a command opens the database. A writer takes the one-writer lock first (E_DB_LOCKED while the app
// or another command holds it), then opens, creates or migrates the file. A reader that only looks at
// an up-to-date database opens it read-only and takes no lock, so exports and searches work while the
// app is open. Nothing here builds the services: a command makes what it uses (commands/services.ts).
import fs from 'node:fs';
import { assertSoHopDatabase, closeDatabase, openDatabase, openReadOnly } from '../db/connection';
import { acquireDatabaseLock } from '../db/lock';
import { assertUsableLocation } from '../db/location';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Db } from '../db/types';

export interface OpenedDatabase {
  db: Db;
  /** Closes the connection and releases the lock; idempotent. */
  close(): void;
}

export function openForWriting(databasePath: string): OpenedDatabase {
  assertUsableLocation(databasePath);
  const lock = acquireDatabaseLock(databasePath);
  try {
    const db = openDatabase(databasePath);
    return {
      db,
      close() {
        try {
          closeDatabase(db);
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Read-only without a lock when the file exists at the current schema; else as a writer (creating or migrating it). */
export function openForReading(databasePath: string): OpenedDatabase {
  if (fs.existsSync(databasePath)) {
    const db = openReadOnly(databasePath);
    let current = false;
    try {
      current = assertSoHopDatabase(db, databasePath) === LATEST_SCHEMA_VERSION;
    } finally {
      if (!current) closeDatabase(db);
    }
    // A read-only connection given as a writable one: a write would fail with SQLITE_READONLY, and readers do none.
    if (current) return { db: db as Db, close: () => closeDatabase(db) };
  }
  return openForWriting(databasePath);
}

/** Runs `use` and closes `opened` afterwards, once its promise settles when it returns one. */
export function useThenClose<T>(opened: OpenedDatabase, use: (db: Db) => T): T {
  let result: T;
  try {
    result = use(opened.db);
  } catch (error) {
    opened.close();
    throw error;
  }
  if (result instanceof Promise) return result.finally(() => opened.close()) as T;
  opened.close();
  return result;
}
