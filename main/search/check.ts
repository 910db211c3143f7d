// Does the search index hold exactly the data? Every record of every kind must have one row whose
// digest is that of its current text (and no row may be left of a record that is gone). Used by the
// tests after import, merge and restore, and by anyone who suspects the index.
import type { SearchKind } from '../../shared/search';
import { createSearchIndexRepo } from '../db/repos/search-index';
import { createSearchSourceRepo } from '../db/repos/search-source';
import type { Db } from '../db/types';
import { digestOf } from './indexer';
import { sourceOf } from './sources';

export interface SearchIndexReport {
  ok: boolean;
  records: number;
  /** Records without a row. */
  missing: string[];
  /** Rows whose digest differs from the record's text now. */
  stale: string[];
  /** Rows of records that no longer exist. */
  extra: string[];
  /** Records still waiting in the queue. */
  queued: number;
}

export function checkSearchIndex(db: Db): SearchIndexReport {
  const index = createSearchIndexRepo(db);
  const source = createSearchSourceRepo(db);
  index.integrityCheck();
  const rows = new Map(index.allKeys().map((k) => [`${k.kind}:${k.ref_id}`, k]));
  const missing: string[] = [];
  const stale: string[] = [];
  let records = 0;
  for (const [kind, id] of source.allRecords() as [SearchKind, string][]) {
    records++;
    const key = `${kind}:${id}`;
    const row = rows.get(key);
    rows.delete(key);
    const record = sourceOf[kind](source, id);
    if (!row) missing.push(key);
    else if (!record || row.digest !== digestOf(record)) stale.push(key);
  }
  const extra = [...rows.keys()];
  const queued = index.dirtyCount();
  return {
    ok: missing.length + stale.length + extra.length + queued === 0,
    records,
    missing,
    stale,
    extra,
    queued,
  };
}
