// The ten-year office for the benchmark: generated once (npm run gen:data), then copied, stripped of
// its search index (the size without the index), and given it again by the search migration's own
// statements and rebuild, in one transaction: that is the index build time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { m0004Search } from '../../main/db/migrations/0004-search';
import type { Db } from '../../main/db/types';

export interface Prepared {
  file: string;
  bytesWithoutIndex: number;
  bytesWithIndex: number;
  indexBuildSeconds: number;
}

const bytes = (file: string) => fs.statSync(file).size;

function vacuum(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
}

/** Drops every object of the search migration (the index, its tables and triggers). */
function stripIndex(file: string): void {
  const db = new Database(file);
  const objects = db
    .prepare(
      "SELECT type, name FROM sqlite_schema WHERE name LIKE 'search%' AND type IN ('table', 'trigger')",
    )
    .all() as { type: string; name: string }[];
  for (const { type, name } of objects.filter((o) => o.type === 'trigger'))
    db.exec(`DROP ${type.toUpperCase()} "${name}"`);
  // Virtual tables first: dropping one drops its shadow tables.
  const tables = objects.filter((o) => o.type === 'table').map((o) => o.name);
  for (const name of tables)
    if (db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(name)) db.exec(`DROP TABLE "${name}"`);
  db.close();
}

/** What the search migration does on an upgrade: its tables and triggers, then the index of every record. */
function buildIndex(file: string): void {
  const db = new Database(file) as Db;
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    m0004Search.up(db);
    m0004Search.afterAll?.(db);
  }).immediate();
  db.close();
}

export function ensureGenerated(source: string, years: number): void {
  if (fs.existsSync(source)) return;
  console.error(`${source} chưa có: tạo dữ liệu ${years} năm (mất vài chục phút)…`);
  const run = spawnSync(
    process.execPath,
    [
      path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/gen-data.ts',
      '--years',
      String(years),
      '--out',
      source,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error('npm run gen:data failed');
}

/** A working copy of `source` with its index rebuilt by the migrations; reused when `reuse` and present. */
export function prepare(source: string, work: string, reuse: boolean): Prepared {
  const facts = `${work}.json`;
  if (reuse && fs.existsSync(work) && fs.existsSync(facts))
    return JSON.parse(fs.readFileSync(facts, 'utf8')) as Prepared;
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(work + suffix, { force: true });
  fs.copyFileSync(source, work);
  stripIndex(work);
  vacuum(work);
  const bytesWithoutIndex = bytes(work);
  console.error(`không có chỉ mục: ${(bytesWithoutIndex / 1e6).toFixed(0)} MB; dựng chỉ mục…`);
  const started = performance.now();
  buildIndex(work);
  const indexBuildSeconds = (performance.now() - started) / 1000;
  vacuum(work);
  const prepared = { file: work, bytesWithoutIndex, bytesWithIndex: bytes(work), indexBuildSeconds };
  fs.writeFileSync(facts, JSON.stringify(prepared));
  return prepared;
}
