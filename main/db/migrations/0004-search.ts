import { rebuildSearchIndex } from '../../search/indexer';
import type { Migration } from './types';

// Full-text search (FTS5), one index in three pairs of contentless tables fed by main/search/indexer.ts:
// search_meetings, search_conclusions, search_records (documents, programmes, people, bodies). FTS5
// reaches a rowid range by reading every row before it, so the big kinds get tables of their own.
//   search_<group>        folded words (`Đô Lương` → `do luong`: unicode61 takes off case and marks, the
//                         indexer turns `đ` into `d`, which Unicode does not decompose) in four columns:
//                         head (title, name, summary, conclusion text), side (place, attendees and their
//                         titles of the day, groups, progress notes), body (minutes, document body,
//                         programme items), tags (`o<id>` per related organization, for the filter).
//                         Phrases need positions: detail=full; prefixes of 2 and 3 letters are indexed.
//   search_<group>_exact  every word lower-cased with its accents (tone placed one way: `hòa` → `hoà`),
//                         rowids only: ranks a query typed with accents towards rows written the same.
// A rowid encodes the kind and the day (see main/search/rowids.ts), so a kind or a year is a rowid range.
// `search_keys` maps rowids to records. Triggers (plain SQL, no app function: they also work in any
// SQLite tool) queue every changed record in `search_dirty`; the indexer empties the queue inside the
// same transaction as the write (repository code), and before any search.
type DirtyKind = 'meeting' | 'conclusion' | 'document' | 'programme' | 'person' | 'organization';

/** AFTER INSERT / UPDATE / DELETE triggers on `table` queueing the record `idColumn` points to. */
function queueTriggers(table: string, kind: DirtyKind, idColumn: string, updateOf?: string): string {
  // Not INSERT OR IGNORE: the conflict policy of the statement that fired the trigger (an upsert's)
  // would override it. A record already queued is simply not queued again.
  const queue = (row: 'new' | 'old') =>
    `INSERT INTO search_dirty (kind, ref_id) SELECT '${kind}', ${row}.${idColumn} WHERE NOT EXISTS
          (SELECT 1 FROM search_dirty WHERE kind = '${kind}' AND ref_id = ${row}.${idColumn});`;
  return `
      CREATE TRIGGER search_queue_${table}_insert AFTER INSERT ON ${table} BEGIN ${queue('new')} END;
      CREATE TRIGGER search_queue_${table}_update AFTER UPDATE${updateOf ? ` OF ${updateOf}` : ''} ON ${table}
        BEGIN ${queue('old')} ${queue('new')} END;
      CREATE TRIGGER search_queue_${table}_delete AFTER DELETE ON ${table} BEGIN ${queue('old')} END;`;
}

function searchTables(name: string): string {
  return `
      CREATE VIRTUAL TABLE ${name} USING fts5(
        head, side, body, tags,
        content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3'
      );
      CREATE VIRTUAL TABLE ${name}_exact USING fts5(
        words, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0'
      );`;
}

export const m0004Search: Migration = {
  version: 4,
  name: 'search',
  up(db) {
    db.exec(`
      ${searchTables('search_meetings')}
      ${searchTables('search_conclusions')}
      ${searchTables('search_records')}
      CREATE TABLE search_keys (
        doc INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'conclusion', 'document', 'programme', 'person', 'organization')),
        ref_id TEXT NOT NULL,
        -- Set for a conclusion: its row goes when the meeting goes.
        meeting_id TEXT,
        -- SHA-256 of what was indexed: an unchanged record is not rewritten, and a check can compare.
        digest TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX search_keys_ref ON search_keys(kind, ref_id);
      CREATE INDEX search_keys_meeting ON search_keys(meeting_id) WHERE meeting_id IS NOT NULL;
      CREATE TABLE search_dirty (
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        PRIMARY KEY (kind, ref_id)
      ) STRICT, WITHOUT ROWID;
      ${queueTriggers('meetings', 'meeting', 'id', 'title, starts_at, location, minutes')}
      ${queueTriggers('meeting_organizers', 'meeting', 'meeting_id')}
      ${queueTriggers('meeting_attendees', 'meeting', 'meeting_id')}
      ${queueTriggers('meeting_attendee_groups', 'meeting', 'meeting_id')}
      ${queueTriggers('conclusions', 'conclusion', 'id', 'meeting_id, text')}
      ${queueTriggers('conclusion_assignees', 'conclusion', 'conclusion_id')}
      ${queueTriggers('conclusion_progress', 'conclusion', 'conclusion_id')}
      ${queueTriggers('documents', 'document', 'id')}
      ${queueTriggers('document_issuers', 'document', 'document_id')}
      ${queueTriggers('programmes', 'programme', 'id')}
      ${queueTriggers('programme_parties', 'programme', 'programme_id')}
      ${queueTriggers('programme_items', 'programme', 'programme_id')}
      ${queueTriggers('programme_item_units', 'programme', 'programme_id')}
      ${queueTriggers('people', 'person', 'id', 'full_name, notes, updated_at')}
      ${queueTriggers('organizations', 'organization', 'id', 'name, symbol, place, header_lines, updated_at')}
      -- A person's new name is in every meeting they attended.
      CREATE TRIGGER search_queue_people_renamed AFTER UPDATE OF full_name ON people
        WHEN old.full_name IS NOT new.full_name
        BEGIN INSERT INTO search_dirty (kind, ref_id)
          SELECT DISTINCT 'meeting', a.meeting_id FROM meeting_attendees a WHERE a.person_id = new.id
          AND NOT EXISTS (SELECT 1 FROM search_dirty d WHERE d.kind = 'meeting' AND d.ref_id = a.meeting_id); END;

      -- Everything already recorded is indexed once the migrations have run (see rebuild below).
      INSERT INTO search_dirty (kind, ref_id)
        SELECT 'meeting', id FROM meetings UNION ALL SELECT 'document', id FROM documents
        UNION ALL SELECT 'programme', id FROM programmes UNION ALL SELECT 'person', id FROM people
        UNION ALL SELECT 'organization', id FROM organizations;
    `);
  },
  // Runs after every pending migration, against the newest schema: the indexer reads today's tables.
  afterAll: rebuildSearchIndex,
};
