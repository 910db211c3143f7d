// While the user types, key after key brings back the same records: their texts (the tables read, the
// minutes parsed from JSON, the lines the snippets folded) are kept between keystrokes, by index
// rowid. Anything written — by this connection (SQLite's total_changes(), triggers and rollbacks
// included) or by another one (PRAGMA data_version) — drops them all: a result never shows an old text.
import type { SearchKind } from '../../shared/search';
import { createKeptAnswers } from '../db/repos/kept-answers';
import type { SearchSource } from './sources';

/** A record as the results show it, with the lines of its fields folded so far. */
export interface CachedRecord {
  kind: SearchKind;
  source: SearchSource;
  /** A person's title at their latest meeting (shown under the name), when asked for. */
  personTitle?: string | null;
}

/** Records kept at most: a few keys' pages of every kind (six kinds, five to twenty results each). */
export const RECORD_CACHE_SIZE = 300;

/**
 * The source with a store of folded lines per field, filled as the snippets fold them (not all at once:
 * a snippet of long minutes usually stops at their first lines).
 */
export function withFoldedFields(source: SearchSource): SearchSource {
  // Set on the fields themselves (a copy would read a field whose text is read lazily).
  for (const f of source.fields) f.foldedLines = new Map<number, string>();
  return source;
}

/** check() before reading (one stamp per search); get() then returns a record kept since, or loads it. */
export function createRecordCache(version: () => string, capacity = RECORD_CACHE_SIZE) {
  const kept = createKeptAnswers<CachedRecord | null, number>(version, capacity);
  return {
    /** Forgets every record when the database changed since the last call; call before reading. */
    check: kept.check,
    /** The record of `doc`, loaded once (null: no such record any more) and kept while nothing changes. */
    get: kept.recall,
    get size(): number {
      return kept.size;
    },
  };
}

export type RecordCache = ReturnType<typeof createRecordCache>;
