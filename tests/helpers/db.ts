import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, closeDatabase } from '../../main/db/connection';
import type { Db } from '../../main/db/types';
import { createServices, type Services } from '../../main/services';

/** A real database file in a fresh temporary folder; removed by `cleanup`. */
export function tempDir(prefix = 'so-hop-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestDb {
  file: string;
  db: Db;
  services: Services;
  close(): void;
}

let clockTick = 0;
/** A clock that moves forward one second per call, so updatedAt values differ and sort. */
export function steppingClock(start = Date.parse('2026-11-23T09:00:00+07:00')): () => string {
  return () =>
    new Date(start + 1000 * clockTick++)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
      .replace('Z', '+00:00');
}

export function openTestDb(file = path.join(tempDir(), 'so-hop.sqlite'), now?: () => string): TestDb {
  const db = openDatabase(file);
  const services = createServices(db, now ? { now } : {});
  return { file, db, services, close: () => closeDatabase(db) };
}

export function readFixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8'));
}
