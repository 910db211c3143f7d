// Keeps the search index equal to the data. Triggers queue every changed record (search_dirty);
// `flush` re-reads each queued record, folds its text and rewrites its rows — called by the
// repositories at the end of each write, so inside the write's transaction. A record whose indexed
// text did not change (same digest) is left alone, so an autosave that only moved a cursor costs a read.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { exactText } from '../../shared/search-text';
import { searchKinds, type SearchKind } from '../../shared/search';
import { createSearchIndexRepo, type SearchKeyRow, type SearchRowText } from '../db/repos/search-index';
import { createSearchSourceRepo } from '../db/repos/search-source';
import type { Db } from '../db/types';
import { dayBase, dayNumber, dayOf, ROWS_PER_DAY } from './rowids';
import { conclusionSource, meetingSource, sourceOf, type SearchColumn, type SearchSource } from './sources';

const isKind = (kind: string): kind is SearchKind => (searchKinds as readonly string[]).includes(kind);

/** `o` + the id's hex digits: one token per related organization, in the `tags` column. */
export const organizationTag = (id: string): string => `o${id.replace(/[^0-9a-f]/gi, '').toLowerCase()}`;

function columnText(source: SearchSource, column: SearchColumn): string {
  return source.fields
    .filter((f) => f.column === column && f.text)
    .map((f) => f.text)
    .join('\n');
}

interface RawColumns {
  head: string;
  side: string;
  body: string;
  tags: string;
}

function rawColumns(source: SearchSource): RawColumns {
  return {
    head: columnText(source, 'head'),
    side: columnText(source, 'side'),
    body: columnText(source, 'body'),
    tags: source.organizationIds.map(organizationTag).join(' '),
  };
}

/** What identifies the indexed content of a record: its texts, tags, day and owner (which place the row). */
export function digestOf(source: SearchSource, raw: RawColumns = rawColumns(source)): string {
  return createHash('sha256')
    .update(JSON.stringify([source.day, source.ownerMeetingId, raw.head, raw.side, raw.body, raw.tags]))
    .digest('base64');
}

/**
 * The folded index's tokenizer (unicode61, remove_diacritics 2) takes off case and every mark but the
 * stroke of `đ`, which is a letter of its own in Unicode: that one is folded here, in one native pass.
 */
const foldD = (text: string): string => text.replace(/[đĐ]/g, 'd');

/** The rows' text: folded columns for matching, exact keys for ranking. */
function rowText(raw: RawColumns): SearchRowText {
  return {
    head: foldD(raw.head),
    side: foldD(raw.side),
    body: foldD(raw.body),
    tags: raw.tags,
    exact: exactText([raw.head, raw.side, raw.body].join('\n')),
  };
}

export function createSearchIndexer(db: Db) {
  const index = createSearchIndexRepo(db);
  const source = createSearchSourceRepo(db);
  /** Counts the flushes that changed the index: readers cache figures (record counts) against it. */
  let generation = 0;

  function put(record: SearchSource): void {
    const existing = index.key(record.kind, record.id);
    // The digest comes before the folding: an unchanged record costs no folding and no write.
    const raw = rawColumns(record);
    const digest = digestOf(record, raw);
    if (existing && existing.digest === digest) return;
    const text = rowText(raw);
    if (existing) index.remove(existing);
    let doc: number;
    if (existing && dayOf(existing.doc) === dayNumber(record.day)) doc = existing.doc;
    else {
      const base = dayBase(record.kind, record.day);
      const last = index.lastDoc(base, base + ROWS_PER_DAY - 1);
      doc = last === null ? base : last + 1;
      if (doc >= base + ROWS_PER_DAY)
        throw new AppError(
          'E_VALIDATION',
          `Quá nhiều bản ghi trong ngày ${record.day} để lập chỉ mục tìm kiếm.`,
        );
    }
    index.insert(doc, record.kind, record.id, record.ownerMeetingId, digest, text);
    generation++;
  }

  function remove(kind: SearchKind, id: string): void {
    const existing = index.key(kind, id);
    if (existing) drop(existing);
  }

  function drop(row: SearchKeyRow): void {
    index.remove(row);
    generation++;
  }

  /** A meeting and the conclusions it owns (they carry its day and organizers). */
  function refreshMeeting(id: string, done: Set<string>): void {
    const meeting = meetingSource(source, id);
    const owned = index.ofMeeting(id);
    if (!meeting) {
      remove('meeting', id);
      for (const row of owned) drop(row);
      return;
    }
    put(meeting);
    const current = new Set(source.conclusionIds(id));
    for (const row of owned) if (!current.has(row.ref_id)) drop(row);
    for (const conclusionId of current) {
      const conclusion = conclusionSource(source, conclusionId);
      if (conclusion) put(conclusion);
      done.add(conclusionId);
    }
  }

  function refresh(kind: SearchKind, id: string): void {
    const record = sourceOf[kind](source, id);
    if (record) put(record);
    else remove(kind, id);
  }

  /** Indexes every queued record; returns how many. Call inside the write's transaction. */
  function flush(): number {
    const queued = index.takeDirty();
    if (queued.length === 0) return 0;
    const conclusionsDone = new Set<string>();
    for (const { kind, refId } of queued) if (kind === 'meeting') refreshMeeting(refId, conclusionsDone);
    for (const { kind, refId } of queued) {
      if (kind === 'meeting' || !isKind(kind)) continue;
      if (kind === 'conclusion' && conclusionsDone.has(refId)) continue;
      refresh(kind, refId);
    }
    return queued.length;
  }

  return {
    flush,
    /** True when a write outside the repositories left records waiting (e.g. a SQLite tool). */
    pending: () => index.hasDirty(),
    generation: () => generation,
    /** Drops the index and builds it again from the data; then merges it into one segment. */
    rebuild(): number {
      index.clear();
      generation++;
      index.queueAll();
      const count = flush();
      index.optimize();
      return count;
    },
    optimize: () => index.optimize(),
  };
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;

/** The migration's rebuild: indexes what the migration queued, then merges the segments. */
export function rebuildSearchIndex(db: Db): void {
  const indexer = createSearchIndexer(db);
  indexer.flush();
  indexer.optimize();
}
