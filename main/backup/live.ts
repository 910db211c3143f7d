// Opening the app's own database at start-up, safely: refuse a network drive or read-only folder, take
// the single-writer lock, make a safety backup when a migration is about to run, then open (and migrate).
// main/index.ts calls `openLiveDatabase` instead of `openDatabase`, and `close()` on quit.
import fs from 'node:fs';
import { closeDatabase, openDatabase, openReadOnly } from '../db/connection';
import { acquireDatabaseLock, type DatabaseLock } from '../db/lock';
import { assertUsableLocation } from '../db/location';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Db } from '../db/types';
import { nowVietnam } from '../../shared/datetime';
import { removeStaleTemporaryFiles } from './index';
import { workerJobs } from './worker/runner';

export interface LiveDatabase {
  db: Db;
  lock: DatabaseLock;
  /** Checkpoints and closes the database, then releases the lock. */
  close(): void;
}

async function backupBeforeMigration(file: string, dataDir: string): Promise<void> {
  if (!fs.existsSync(file)) return;
  const current = openReadOnly(file);
  let version: number;
  try {
    version = current.pragma('user_version', { simple: true }) as number;
  } finally {
    current.close();
  }
  if (version > 0 && version < LATEST_SCHEMA_VERSION)
    await workerJobs.run(
      { kind: 'automatic', databasePath: file, dataDir, reason: 'before-migration', stamp: nowVietnam() },
      () => undefined,
    );
}

export async function openLiveDatabase(file: string, dataDir: string): Promise<LiveDatabase> {
  assertUsableLocation(file);
  const lock = acquireDatabaseLock(file);
  try {
    removeStaleTemporaryFiles(file, dataDir);
    await backupBeforeMigration(file, dataDir);
    const db = openDatabase(file);
    return {
      db,
      lock,
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
