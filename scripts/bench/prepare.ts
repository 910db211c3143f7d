// The ten-year office for the benchmark: generated once (npm run gen:data), then copied, stripped of
// its search index back to schema version 1 (the size without the index), and brought to the current
// version by the migrations, which build the index: that is the index build time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../main/db/connection';

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

/** Drops every object of migration 0003 (the search index) and marks the file as schema version 1. */
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
  db.pragma('user_version = 1');
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
  closeDatabase(openDatabase(work)); // migration 0003 and its rebuild, in one transaction
  const indexBuildSeconds = (performance.now() - started) / 1000;
  vacuum(work);
  const prepared = { file: work, bytesWithoutIndex, bytesWithIndex: bytes(work), indexBuildSeconds };
  fs.writeFileSync(facts, JSON.stringify(prepared));
  return prepared;
}
