// `npm run bench [-- --reuse] [--years N]`: an office's ten years (npm run gen:data, made once and kept in
// bench-data/), its search index built by the migrations, then p50/p95 of at least 50 calls each: search
// (common word, rare word, two-word phrase, no accents, prefix), search as the user types, list pages and
// task filters, as the app calls them (the services, the IPC handlers' only work). Prints JSON.
// --reuse keeps the prepared copy of an earlier run (skips the index build); --search-only times the
// searches alone; --rounds N times each search N times (steadier p95); --mmap BYTES sets PRAGMA mmap_size
// on the connection (an A/B of memory-mapped reads).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { createSearchService } from '../main/search/service';
import { createServices } from '../main/services';
import { ensureGenerated, prepare } from './bench/prepare';
import { searchQueries, typingSessions } from './bench/queries';
import { time, type Timing } from './bench/stats';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    reuse: { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
    mmap: { type: 'string' },
  },
});
const years = Number(values.years);
const source = path.resolve('bench-data', `office-${years}y.sqlite`);
const work = path.resolve('bench-data', `bench-${years}y.sqlite`);

/** Budgets of issue 11, in milliseconds (p95). */
const BUDGET = { search: 20, typeAhead: 10, taskFilter: 10 };

if (!values.reuse) ensureGenerated(source, years);
const loadBefore = os.loadavg();
const prepared = prepare(source, work, values.reuse ?? false);
const db = openDatabase(work);
if (values.mmap !== undefined) db.pragma(`mmap_size = ${Number(values.mmap)}`);
const rounds = Number(values.rounds);
const s = createServices(db);
const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;

const queries = searchQueries();
// Every search with nothing kept from the one before: a new search service (an empty cache of records)
// over the app's repositories, which live as long as the app (their statements prepared once).
let searching = s.search;
const fresh = () => {
  searching = createSearchService(s.ctx);
};
const results: Record<string, Timing> = {};
for (const [name, list] of Object.entries(queries))
  results[`search.${name}`] = time(
    list.map((text) => () => searching.search({ text, limit: 5 })),
    { budget: BUDGET.search, setup: fresh, rounds },
  );
// Each text typed in a new search box session: its first key finds nothing kept from before (the texts
// of the records shown are kept between keys until something is written: main/search/record-cache.ts).
const sessions = typingSessions();
const firstKeys = new Set(sessions.map((_, i) => sessions.slice(0, i).flat().length));
let typing = s.search;
results['search.typeAhead'] = time(
  sessions.flat().map((text) => () => typing.search({ text, asYouType: true, limit: 5 })),
  {
    budget: BUDGET.typeAhead,
    rounds,
    setup: (i) => {
      if (firstKeys.has(i)) typing = createSearchService(s.ctx);
    },
  },
);

if (values['search-only']) report();
const organizations = s.organizations.list({}).map((o) => o.id);
const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
const fifty = <T>(make: (i: number) => T) => Array.from({ length: 50 }, (_, i) => make(i));
const firstYear = 2026 - years;
results['list.meetings'] = time(fifty((i) => () => s.meetings.list({ limit: 100, offset: (i % 10) * 100 })));
results['list.meetingsOfYear'] = time(
  fifty((i) => () => s.meetings.list({ year: firstYear + (i % years), limit: 100 })),
);
results['list.meetingsOfOrganizer'] = time(
  fifty((i) => () => s.meetings.list({ organizerId: pick(organizations, i), limit: 100 })),
);
results['list.meetingsByTitle'] = time(
  fifty((i) => () => s.meetings.list({ text: pick(queries.noAccent, i), limit: 100 })),
);
results['list.documents'] = time(
  fifty((i) => () => s.documents.list({ year: firstYear + (i % years), limit: 100 })),
);
results['list.people'] = time(
  fifty((i) => () => s.people.list({ text: pick(['nguyen', 'tran van', 'le thi', 'hoa', 'ng'], i) })),
);
results['list.people.firstPage'] = time(fifty(() => () => s.people.list({ limit: 50 })));
results['meeting.open'] = time(
  fifty((i) => {
    const id = s.meetings.list({ offset: i * 300, limit: 1 }).items[0]?.id ?? '';
    return () => s.meetings.get(id);
  }),
);
// Tổng quan at start: its figures and both charts (per lead unit over every task, per month over a year).
results['dashboard.summary'] = time(fifty(() => () => s.tasks.dashboard()));
// The charts' answers are kept until a write: each run asks a new service (what the first view costs).
let charts = s.tasks;
const freshCharts = { setup: () => (charts = createServices(db).tasks) };
results['tasks.stats.unit'] = time(
  fifty(() => () => charts.stats({ by: 'unit' })),
  freshCharts,
);
results['tasks.stats.month'] = time(
  fifty(() => () => charts.stats({ by: 'month' })),
  freshCharts,
);
const filters = ['all', 'open', 'overdue', 'done'] as const;
results['tasks.filter'] = time(
  fifty((i) => () => s.tasks.list({ filter: pick([...filters], i) })),
  {
    budget: BUDGET.taskFilter,
  },
);
results['tasks.filterByOrganization'] = time(
  fifty((i) => () => s.tasks.list({ filter: pick([...filters], i), organizationId: pick(organizations, i) })),
  { budget: BUDGET.taskFilter },
);

report();

/** Prints the JSON of the run and ends it. */
function report(): never {
  const data = {
    meetings: count('SELECT count(*) FROM meetings'),
    attendances: count('SELECT count(*) FROM meeting_attendees'),
    conclusions: count('SELECT count(*) FROM conclusions'),
    documents: count('SELECT count(*) FROM documents'),
    people: count('SELECT count(*) FROM people'),
    indexedRecords: count('SELECT count(*) FROM search_keys'),
  };
  const mmapSize = db.pragma('mmap_size', { simple: true }) as number;
  closeDatabase(db);
  const cpus = os.cpus();
  console.log(
    JSON.stringify(
      {
        machine: {
          cpus: cpus.length,
          model: cpus[0]?.model ?? '?',
          memoryGB: Math.round(os.totalmem() / 1e9),
          node: process.version,
          loadAverageBefore: loadBefore.map((l) => Math.round(l * 10) / 10),
          loadAverageAfter: os.loadavg().map((l) => Math.round(l * 10) / 10),
          mmapSize,
        },
        data,
        database: {
          bytesWithIndex: prepared.bytesWithIndex,
          bytesWithoutIndex: prepared.bytesWithoutIndex,
          indexShare: Math.round((1 - prepared.bytesWithoutIndex / prepared.bytesWithIndex) * 1000) / 10,
          indexBuildSeconds: Math.round(prepared.indexBuildSeconds),
        },
        budgetsMs: BUDGET,
        results,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}
