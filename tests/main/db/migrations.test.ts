import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, closeDatabase, openDatabase } from '../../../main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations';
import type { Db } from '../../../main/db/types';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../../helpers/db';

const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach((db) => closeDatabase(db)));
const open = (file: string) => {
  const db = openDatabase(file);
  opened.push(db);
  return db;
};
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return undefined;
};

describe('opening the database', () => {
  it('creates a new file with WAL, foreign keys, the application id and the latest schema version', () => {
    const file = path.join(tempDir(), 'Dữ liệu văn phòng', 'so-hop.sqlite');
    const db = open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('makes every table STRICT (FTS5 owns its virtual tables and their shadow tables)', () => {
    const db = open(path.join(tempDir(), 'a.sqlite'));
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    const virtual = tables.filter((t) => t.sql.startsWith('CREATE VIRTUAL TABLE')).map((t) => t.name);
    expect(virtual.sort()).toEqual(
      ['search_conclusions', 'search_meetings', 'search_records'].flatMap((t) => [t, `${t}_exact`]).sort(),
    );
    const shadow = (v: string) => ['', '_data', '_idx', '_content', '_docsize', '_config'].map((s) => v + s);
    const ours = tables.filter((t) => !virtual.flatMap(shadow).includes(t.name));
    expect(ours.map((t) => t.name)).toContain('search_keys');
    expect(ours.length).toBeGreaterThan(10);
    for (const table of ours) expect(table.sql, table.name).toMatch(/\)\s*STRICT(, WITHOUT ROWID)?$/);
  });

  it('reopens an existing database without migrating it again', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    closeDatabase(open(file));
    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a database from a newer version of the app and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.exec('CREATE TABLE future_things (id TEXT) STRICT');
    raw.close();
    const before = fs.readFileSync(file);
    expect(codeOf(() => openDatabase(file))).toBe('E_DB_NEWER');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another application’s SQLite file', () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    expect(codeOf(() => openDatabase(file))).toBe('E_DB_NOT_SOHOP');
  });

  it('refuses a file that is not SQLite at all', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'Biên bản cuộc họp — không phải cơ sở dữ liệu\n'.repeat(200));
    expect(codeOf(() => openDatabase(file))).toBe('E_DB_CORRUPT');
  });

  it('rolls back every migration when one fails, leaving the version where it was', () => {
    const file = path.join(tempDir(), 'half.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    // A table the first migration also creates: its CREATE fails half-way through.
    raw.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
    raw.close();
    expect(codeOf(() => openDatabase(file))).toBeDefined();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'meetings'").get()).toEqual({
      n: 0,
    });
    check.close();
  });
});
