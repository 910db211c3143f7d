// A search row's rowid says what it is and when: ((kind · 2^17 + (2^17 − 1 − day)) · 2^24 + n). A kind,
// or a kind in one year, is then a rowid range FTS5 seeks to without reading any other table, and a
// smaller rowid is a newer record: FTS5 reads matches in ascending rowid order and can stop early, so
// "the newest matches first" costs only the rows it returns. Everything stays below 2^53 (a JS number).
import type { SearchKind } from '../../shared/search';

/** The tables each kind is indexed in (main/db/migrations/0004-search.ts). */
export type SearchTable = 'search_meetings' | 'search_conclusions' | 'search_records';
export const searchTables: readonly SearchTable[] = [
  'search_meetings',
  'search_conclusions',
  'search_records',
];

export const tableOf: Record<SearchKind, SearchTable> = {
  meeting: 'search_meetings',
  conclusion: 'search_conclusions',
  person: 'search_records',
  organization: 'search_records',
  programme: 'search_records',
  document: 'search_records',
};

// Within search_records the small kinds come first: reaching the documents' range costs reading
// the rows before it, the small kinds' ranges are reached at once.
const KIND_CODES: Record<SearchKind, number> = {
  meeting: 1,
  conclusion: 2,
  person: 3,
  organization: 4,
  programme: 5,
  document: 6,
};
const DAY_BITS = 2 ** 17; // days since 1900-01-01: up to the year 2258
export const ROWS_PER_DAY = 2 ** 24;
const EPOCH = Date.UTC(1900, 0, 1);

/** Days since 1900-01-01 of a `YYYY-MM-DD` date, within the range a rowid holds. */
export function dayNumber(date: string): number {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const day = Math.floor((ms - EPOCH) / 86_400_000);
  return Number.isFinite(day) ? Math.min(Math.max(day, 0), DAY_BITS - 1) : 0;
}

/** The first rowid of `kind` on `date`. */
export function dayBase(kind: SearchKind, date: string): number {
  return (KIND_CODES[kind] * DAY_BITS + (DAY_BITS - 1 - dayNumber(date))) * ROWS_PER_DAY;
}

/** The day of a rowid, to tell whether a record moved to another day. */
export function dayOf(rowid: number): number {
  return DAY_BITS - 1 - (Math.floor(rowid / ROWS_PER_DAY) % DAY_BITS);
}

/** The rowids of `kind`, of one year when given: [low, high]. */
export function kindRange(kind: SearchKind, year?: number): [number, number] {
  if (year === undefined) {
    const low = KIND_CODES[kind] * DAY_BITS * ROWS_PER_DAY;
    return [low, low + DAY_BITS * ROWS_PER_DAY - 1];
  }
  // Newer days have smaller rowids: the year runs from its last day's first row to its first day's last.
  return [dayBase(kind, `${year}-12-31`), dayBase(kind, `${year}-01-01`) + ROWS_PER_DAY - 1];
}
