// The search index's own tables: the FTS5 rows, the map from rowid to record, and the queue of records
// the triggers marked as changed. Only main/search/indexer.ts writes here.
import type { SearchKind } from '../../../shared/search';
import { searchTables, tableOf, type SearchTable } from '../../search/rowids';
import type { Db } from '../types';

export interface SearchKeyRow {
  doc: number;
  kind: SearchKind;
  ref_id: string;
  meeting_id: string | null;
  digest: string;
}

export interface SearchRowText {
  head: string;
  side: string;
  body: string;
  tags: string;
  exact: string;
}

export function createSearchIndexRepo(db: Db) {
  const s = {
    dirty: db.prepare<[], { kind: string; ref_id: string }>('SELECT kind, ref_id FROM search_dirty'),
    anyDirty: db.prepare('SELECT 1 FROM search_dirty LIMIT 1').pluck(),
    clearDirty: db.prepare('DELETE FROM search_dirty'),
    dirtyCount: db.prepare('SELECT count(*) FROM search_dirty').pluck(),
    key: db.prepare<[string, string], SearchKeyRow>(
      'SELECT * FROM search_keys WHERE kind = ? AND ref_id = ?',
    ),
    ofMeeting: db.prepare<[string], SearchKeyRow>('SELECT * FROM search_keys WHERE meeting_id = ?'),
    lastDoc: db.prepare<[number, number], { doc: number | null }>(
      'SELECT max(doc) AS doc FROM search_keys WHERE doc BETWEEN ? AND ?',
    ),
    insertKey: db.prepare<[number, string, string, string | null, string]>(
      'INSERT INTO search_keys (doc, kind, ref_id, meeting_id, digest) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteKey: db.prepare<[number]>('DELETE FROM search_keys WHERE doc = ?'),
    allKeys: db.prepare<[], SearchKeyRow>('SELECT * FROM search_keys ORDER BY doc'),
  };
  // Each table's own statements: a record's rows live in the table of its kind.
  const tables = new Map(
    searchTables.map((table) => [
      table,
      {
        insertRow: db.prepare<[number, string, string, string, string]>(
          `INSERT INTO ${table} (rowid, head, side, body, tags) VALUES (?, ?, ?, ?, ?)`,
        ),
        insertExact: db.prepare<[number, string]>(`INSERT INTO ${table}_exact (rowid, words) VALUES (?, ?)`),
        deleteRow: db.prepare<[number]>(`DELETE FROM ${table} WHERE rowid = ?`),
        deleteExact: db.prepare<[number]>(`DELETE FROM ${table}_exact WHERE rowid = ?`),
      },
    ]),
  );
  const of = (kind: SearchKind) => tables.get(tableOf[kind]) as NonNullable<ReturnType<typeof tables.get>>;
  /** Runs `sql` (with `$t` for a table's name) over every FTS5 table, the exact ones included. */
  const everyTable = (sql: string) =>
    db.exec(
      searchTables
        .flatMap((t: SearchTable) => [t, `${t}_exact`].map((n) => sql.replaceAll('$t', n)))
        .join('\n'),
    );

  return {
    /** The records queued by the triggers, and empties the queue. Call inside a transaction. */
    takeDirty(): { kind: string; refId: string }[] {
      if (s.anyDirty.get() === undefined) return [];
      const rows = s.dirty.all().map((r) => ({ kind: r.kind, refId: r.ref_id }));
      s.clearDirty.run();
      return rows;
    },
    hasDirty(): boolean {
      return s.anyDirty.get() !== undefined;
    },
    dirtyCount(): number {
      return s.dirtyCount.get() as number;
    },
    key(kind: SearchKind, refId: string): SearchKeyRow | undefined {
      return s.key.get(kind, refId);
    },
    /** The rows a meeting owns (its conclusions). */
    ofMeeting(meetingId: string): SearchKeyRow[] {
      return s.ofMeeting.all(meetingId);
    },
    /** The largest rowid in use within [low, high], or null. */
    lastDoc(low: number, high: number): number | null {
      return s.lastDoc.get(low, high)?.doc ?? null;
    },
    insert(
      doc: number,
      kind: SearchKind,
      refId: string,
      meetingId: string | null,
      digest: string,
      text: SearchRowText,
    ) {
      const t = of(kind);
      t.insertRow.run(doc, text.head, text.side, text.body, text.tags);
      t.insertExact.run(doc, text.exact);
      s.insertKey.run(doc, kind, refId, meetingId, digest);
    },
    remove(row: Pick<SearchKeyRow, 'doc' | 'kind'>): void {
      const t = of(row.kind);
      t.deleteRow.run(row.doc);
      t.deleteExact.run(row.doc);
      s.deleteKey.run(row.doc);
    },
    allKeys(): SearchKeyRow[] {
      return s.allKeys.all();
    },
    /** Empties the index (the queue too): a rebuild starts from here. */
    clear(): void {
      everyTable("INSERT INTO $t ($t) VALUES ('delete-all');");
      db.exec('DELETE FROM search_keys; DELETE FROM search_dirty;');
    },
    /** Queues every record of the data (a full rebuild). */
    queueAll(): void {
      db.exec(`INSERT OR IGNORE INTO search_dirty (kind, ref_id)
        SELECT 'meeting', id FROM meetings UNION ALL SELECT 'document', id FROM documents
        UNION ALL SELECT 'programme', id FROM programmes UNION ALL SELECT 'person', id FROM people
        UNION ALL SELECT 'organization', id FROM organizations`);
    },
    /** FTS5's own consistency check of both indexes; throws when damaged. */
    integrityCheck(): void {
      everyTable("INSERT INTO $t ($t) VALUES ('integrity-check');");
    },
    /** Merges the index's segments into one (after a rebuild: smaller and faster to query). */
    optimize(): void {
      everyTable("INSERT INTO $t ($t) VALUES ('optimize');");
    },
  };
}

export type SearchIndexRepo = ReturnType<typeof createSearchIndexRepo>;
