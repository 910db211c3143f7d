// `npx tsx scripts/bench-search-profile.ts [--years N] [--kind prefix] [--top 8] [--mmap BYTES]`: where a
// search's time goes, on the benchmark's prepared copy (run `npm run bench` once first). Each query of
// the benchmark runs on a new search service over the same repositories (as `npm run bench` times it), with every SQLite statement's
// steps timed (CPU of this process); the rest is JavaScript (records read, snippets). Prints, per query
// kind, the statements' share and the slowest queries with their costliest statements.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { createSearchService } from '../main/search/service';
import { createServices } from '../main/services';
import { searchQueries, typingSessions } from './bench/queries';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    kind: { type: 'string' },
    top: { type: 'string', default: '8' },
    mmap: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '2' },
  },
});
const db = openDatabase(path.resolve('bench-data', `bench-${values.years}y.sqlite`));
db.pragma(`mmap_size = ${Number(values.mmap)}`);

/** CPU of the process (microseconds; process.threadCpuUsage() counts in 4 ms ticks on Linux). */
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU per statement (its SQL, shortened, and the expression it matched) during one query. */
let spent = new Map<string, number>();
/** CPU per statement (its SQL only) over every query of a kind. */
let byStatement = new Map<string, number>();
const charge = (label: string, ms: number) => {
  spent.set(label, (spent.get(label) ?? 0) + ms);
  const sql = label.split(' | ')[0] as string;
  byStatement.set(sql, (byStatement.get(sql) ?? 0) + ms);
};
const short = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 70);

function timed(statement: Database.Statement, sql: string): Database.Statement {
  const raw = statement as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['get', 'all', 'run'] as const) {
    const original = raw[method]?.bind(statement);
    if (!original) continue;
    raw[method] = (...args: unknown[]) => {
      const t = cpuMs();
      try {
        return original(...args);
      } finally {
        charge(`${short(sql)} | ${String(args[0]).slice(0, 30)}`, cpuMs() - t);
      }
    };
  }
  const iterate = raw.iterate?.bind(statement);
  raw.iterate = (...args: unknown[]) => {
    const label = `${short(sql)} | ${String(args[0]).slice(0, 30)}`;
    const it = iterate?.(...args) as IterableIterator<unknown>;
    const step = (f: () => IteratorResult<unknown>) => {
      const t = cpuMs();
      try {
        return f();
      } finally {
        charge(label, cpuMs() - t);
      }
    };
    return {
      next: () => step(() => it.next()),
      return: (v?: unknown) => step(() => it.return?.(v) ?? { done: true, value: v }),
      [Symbol.iterator]() {
        return this;
      },
    };
  };
  return statement;
}
const prepare = db.prepare.bind(db);
(db as unknown as { prepare: (sql: string) => Database.Statement }).prepare = (sql: string) =>
  timed(prepare(sql), sql);

const app = createServices(db);
const sessions = typingSessions();
const all = { ...searchQueries(), typeAhead: sessions.flat() };
// As `npm run bench` types: a new search box (nothing kept) at the first key of each text only.
const firstKeys = new Set(sessions.map((_, i) => sessions.slice(0, i).flat().length));
const kinds = values.kind ? [values.kind] : Object.keys(all);
for (const kind of kinds) {
  const list = all[kind as keyof typeof all];
  byStatement = new Map();
  let search = createSearchService(app.ctx);
  const runs: { text: string; total: number; sql: number; top: [string, number][] }[] = [];
  for (let round = 0; round < Number(values.rounds); round++)
    for (const [i, text] of list.entries()) {
      if (kind !== 'typeAhead' || firstKeys.has(i)) search = createSearchService(app.ctx);
      spent = new Map();
      const t = cpuMs();
      search.search({ text, limit: 5, asYouType: kind === 'typeAhead' });
      const total = cpuMs() - t;
      if (round === 0) {
        byStatement = new Map();
        continue; // warm-up
      }
      const sql = [...spent.values()].reduce((a, b) => a + b, 0);
      const top = [...spent.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
      runs.push({ text, total, sql, top });
    }
  runs.sort((a, b) => b.total - a.total);
  const sum = (f: (r: (typeof runs)[number]) => number) => runs.reduce((a, r) => a + f(r), 0);
  const p = (q: number) =>
    [...runs].map((r) => r.total).sort((a, b) => a - b)[Math.ceil(q * runs.length) - 1];
  console.log(
    `\n## ${kind}: CPU p50 ${p(0.5)?.toFixed(1)} p95 ${p(0.95)?.toFixed(1)} ms; SQLite ${((100 * sum((r) => r.sql)) / sum((r) => r.total)).toFixed(0)} % of the CPU`,
  );
  const perQuery = (ms: number) => (ms / runs.length).toFixed(2);
  console.log(`  JavaScript: ${perQuery(sum((r) => r.total - r.sql))} ms a query; statements, ms a query:`);
  for (const [sql, ms] of [...byStatement.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${perQuery(ms)}  ${sql}`);
  for (const r of runs.slice(0, Number(values.top))) {
    console.log(`${r.total.toFixed(1)} ms (SQLite ${r.sql.toFixed(1)})  ${JSON.stringify(r.text)}`);
    for (const [label, ms] of r.top) console.log(`    ${ms.toFixed(1)}  ${label}`);
  }
}
closeDatabase(db);
