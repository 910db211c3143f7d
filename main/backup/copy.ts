// Copies a checked foreign database into a fresh database of ours, record by record, through the
// exchange import: every record passes the exchange format's zod schemas and reference checks, and a
// single bad record refuses the whole file. Settings, Party terms and register counters get their own schemas.
import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  dateSchema,
  documentTypes,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  idSchema,
  type ExchangeCollection,
} from '../../shared/exchange';
import { cleanDeep } from '../../shared/vietnamese';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { migrate } from '../db/connection';
import { toAppError } from '../db/sqlite-errors';
import { createRepos, type Repos } from '../db/repos';
import type { Db, ReadableDb } from '../db/types';
import type { Services } from '../services';
import { invalid } from './container';
import { countRecords } from './manifest';
import { guardForeign } from './foreign';

// Records per import transaction and per progress step: large enough to be quick, small enough that the
// event loop gets a turn about every half second of a restore (IPC answers, the progress bar).
const CHUNK = 1000;

const settingSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/),
  // JSON, stored again as the exchange import stores text: NFC, without forbidden characters, bounded depth.
  value: z
    .string()
    .max(1_000_000)
    .transform((v, ctx) => {
      try {
        return JSON.stringify(cleanDeep(JSON.parse(v)));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'không phải JSON hợp lệ' });
        return z.NEVER;
      }
    }),
});
const termSchema = z.object({ organization_id: idSchema, starts_on: dateSchema });
const counterSchema = z.object({
  issuer_id: idSchema,
  document_type: z.enum(documentTypes),
  period: z.string().regex(/^(\d{4}|nhiem-ky:\d{4}-\d{2}-\d{2})$/),
  last_number: z.int().min(0).max(1_000_000),
});

/** Repositories over a foreign connection, which is query_only: their write statements can never run. */
function foreignRepos(db: ReadableDb, version: number): { repos: Repos; close(): void } {
  if (version === LATEST_SCHEMA_VERSION) return { repos: createRepos(db as Db), close: () => undefined };
  // An older file with exactly our older schema: bring a private in-memory copy up to date first.
  const copy = new Database(db.serialize()) as Db;
  migrate(copy, { derived: false }); // only read record by record: no search index needed
  copy.pragma('query_only = ON');
  return { repos: createRepos(copy), close: () => copy.close() };
}

function refuse(where: string, error: unknown): never {
  // A full disk or a read-only folder while writing the staging database is the machine's problem, not the file's.
  const coded = error instanceof AppError ? error : toAppError(error);
  if (coded.code === 'E_DISK_FULL' || coded.code === 'E_DB_READONLY') throw coded;
  const detail = error instanceof Error ? error.message : String(error);
  throw invalid(`dữ liệu không hợp lệ (${where}): ${detail.slice(0, 300)}`);
}

function ids(collection: ExchangeCollection, repos: Repos): string[] {
  if (collection === 'organizations') return repos.organizations.all().map((o) => o.id);
  if (collection === 'people') return repos.people.all().map((p) => p.id);
  return repos[collection].allIds();
}

function load(collection: ExchangeCollection, repos: Repos, chunk: string[]): unknown[] {
  // Meetings are nearly all of an office's records: read a chunk of them with a few queries, not several each.
  if (collection === 'meetings') return repos.meetings.getMany(chunk);
  return chunk.map((id) => repos[collection].get(id));
}

/** Records copied so far out of all the file holds (organizations, people, meetings, programmes, documents). */
export interface CopyProgress {
  done: number;
  total: number;
}

function* importChunks(
  collection: ExchangeCollection,
  source: Repos,
  target: Services,
  progress: CopyProgress,
): Generator<CopyProgress> {
  const all = guardForeign(() => ids(collection, source));
  // Organizations go in one piece: parents may come after children and cycles are checked over the whole set.
  const size = collection === 'organizations' ? Math.max(all.length, 1) : CHUNK;
  for (let start = 0; start < all.length; start += size) {
    const records = guardForeign(() => load(collection, source, all.slice(start, start + size)));
    try {
      target.exchange.import({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, [collection]: records });
    } catch (error) {
      refuse(collection, error);
    }
    progress.done += records.length;
    yield { ...progress };
  }
}

function copyExtras(foreign: ReadableDb, target: Db, stage: 'before' | 'after'): void {
  const rows = <T>(sql: string, schema: z.ZodType<T>, what: string): T[] =>
    guardForeign(() => foreign.prepare(sql).all()).map((row, i) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) refuse(`${what}[${i}]`, new Error('sai định dạng'));
      return parsed.data;
    });
  try {
    if (stage === 'before') {
      const settings = rows('SELECT key, value FROM settings ORDER BY key', settingSchema, 'settings');
      const terms = rows('SELECT organization_id, starts_on FROM party_terms', termSchema, 'party_terms');
      target.transaction(() => {
        const setting = target.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
        for (const s of settings) setting.run(s.key, s.value);
        const term = target.prepare(
          'INSERT OR IGNORE INTO party_terms (organization_id, starts_on) VALUES (?, ?)',
        );
        for (const t of terms) term.run(t.organization_id, t.starts_on);
      })();
      return;
    }
    const counters = rows(
      'SELECT issuer_id, document_type, period, last_number FROM document_register',
      counterSchema,
      'document_register',
    );
    target.transaction(() => {
      // The register only counts up: keep the higher of the file's counter and the issued numbers.
      const raise =
        target.prepare(`INSERT INTO document_register (issuer_id, document_type, period, last_number)
        VALUES (?, ?, ?, ?) ON CONFLICT (issuer_id, document_type, period)
        DO UPDATE SET last_number = max(last_number, excluded.last_number)`);
      for (const c of counters) raise.run(c.issuer_id, c.document_type, c.period, c.last_number);
    })();
  } catch (error) {
    refuse('cài đặt và sổ đăng ký', error);
  }
}

const checkedTables = [
  'organizations',
  'people',
  'meetings',
  'meeting_organizers',
  'meeting_attendees',
  'meeting_attendee_groups',
  'conclusions',
  'conclusion_assignees',
  'conclusion_progress',
  'programmes',
  'programme_parties',
  'programme_items',
  'programme_item_units',
  'documents',
  'document_issuers',
  'document_signers',
  'document_recipients',
  'document_addressees',
  'document_appendices',
  'party_terms',
  'settings',
];

/** Rows per table; a table an older schema does not have yet counts 0. */
export function tableCounts(db: ReadableDb): Record<string, number> {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  return Object.fromEntries(
    checkedTables.map((t) => [
      t,
      exists.get(t) ? (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n : 0,
    ]),
  );
}

/**
 * Copies everything from `foreign` into the empty `target`, one chunk of records per step; refuses the file
 * on the first problem. Each step yields how far the copy is.
 */
export function* copyForeignSteps(
  foreign: ReadableDb,
  version: number,
  target: Services,
): Generator<CopyProgress> {
  const source = foreignRepos(foreign, version);
  try {
    const counts = guardForeign(() => countRecords(foreign));
    const progress = { done: 0, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    yield { ...progress };
    yield* importChunks('organizations', source.repos, target, progress);
    copyExtras(foreign, target.ctx.db, 'before');
    for (const collection of ['people', 'meetings', 'programmes', 'documents'] as const)
      yield* importChunks(collection, source.repos, target, progress);
    copyExtras(foreign, target.ctx.db, 'after');
  } finally {
    source.close();
  }
  // Every row must have come across: a row the repositories could not see would be lost silently.
  const before = guardForeign(() => tableCounts(foreign));
  const after = tableCounts(target.ctx.db);
  const lost = checkedTables.find((t) => before[t] !== after[t]);
  if (lost) throw invalid(`bảng ${lost} có ${before[lost]} dòng nhưng chỉ chép được ${after[lost]}`);
}
