import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, closeDatabase } from '../../main/db/connection';
import { formatVietnamInstant } from '../../shared/datetime';
import type { Db } from '../../main/db/types';
import { createServices, type Services } from '../../main/services';

/** A fresh temporary folder (real files, not `:memory:`). */
export function tempDir(prefix = 'so-hop-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestDb {
  file: string;
  db: Db;
  services: Services;
  close(): void;
}

/** A clock that moves forward one second per call, so updatedAt values differ and sort. */
export function steppingClock(start = Date.parse('2026-11-23T09:00:00+07:00')): () => string {
  let tick = 0;
  return () => formatVietnamInstant(start + 1000 * tick++);
}

export function openTestDb(file = path.join(tempDir(), 'so-hop.sqlite'), now?: () => string): TestDb {
  const db = openDatabase(file);
  const services = createServices(db, now ? { now } : {});
  return { file, db, services, close: () => closeDatabase(db) };
}

export function readFixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8'));
}
