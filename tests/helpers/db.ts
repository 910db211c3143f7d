import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, closeDatabase } from '../../main/db/connection';
import { demoExchange } from '../../main/demo/seed-data';
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

/**
 * Test databases that close themselves after each test. `fresh()` opens an empty one,
 * `withDemo()` one holding the demo data; both use a stepping clock when `clock` is set.
 */
export function trackTestDbs(options: { clock?: boolean } = {}) {
  const open: TestDb[] = [];
  afterEach(() => open.splice(0).forEach((t) => t.close()));
  const fresh = (): TestDb => {
    const t = openTestDb(undefined, options.clock ? steppingClock() : undefined);
    open.push(t);
    return t;
  };
  const withDemo = (): TestDb => {
    const t = fresh();
    t.services.exchange.import(demoExchange());
    return t;
  };
  return { fresh, withDemo };
}
