// While the user types, key after key brings back the same records: their texts (the tables read, the
// minutes parsed from JSON, the lines the snippets folded) are kept between keystrokes, by index
// rowid. Anything written — by this connection (SQLite's total_changes(), triggers and rollbacks
// included) or by another one (PRAGMA data_version) — drops them all: a result never shows an old text.
import type { SearchKind } from '../../shared/search';
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

export function createRecordCache(version: () => string, capacity = RECORD_CACHE_SIZE) {
  let stamp: string | null = null;
  const records = new Map<number, CachedRecord | null>();
  return {
    /** Forgets every record when the database changed since the last call; call before reading. */
    check(): void {
      const now = version();
      if (now !== stamp) records.clear();
      stamp = now;
    },
    /** The record of `doc`, loaded once (null: no such record any more) and kept while nothing changes. */
    get(doc: number, load: () => CachedRecord | null): CachedRecord | null {
      const kept = records.get(doc);
      if (kept !== undefined) {
        // Most recently used last: the oldest go first when the cache is full.
        records.delete(doc);
        records.set(doc, kept);
        return kept;
      }
      const loaded = load();
      records.set(doc, loaded);
      if (records.size > capacity) records.delete(records.keys().next().value as number);
      return loaded;
    },
    get size(): number {
      return records.size;
    },
  };
}

export type RecordCache = ReturnType<typeof createRecordCache>;
