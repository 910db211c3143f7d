// Reading the search index. Every statement reads matches in rowid order, which is newest first (see
// main/search/rowids.ts), from the start of a range. The end of the range is checked here, row by row:
// FTS5 does not stop at an upper rowid bound given in SQL, it reads its doclists to their end (measured:
// 4 ms instead of 0.2 ms for a window of 400 meetings), so each read stops as soon as a row passes it.
import { searchTables, type SearchTable } from '../../search/rowids';
import type { SearchKeyRow } from './search-index';
import type { Db, ReadableDb } from '../types';

type Statement<R> = { iterate(expression: string, low: number): IterableIterator<R> };

function tableStatements(db: Db | ReadableDb, table: SearchTable) {
  const from = <R>(select: string, source: string = table) =>
    db.prepare<[string, number], R>(
      `SELECT ${select} FROM ${source} WHERE ${source} MATCH ? AND rowid >= ? ORDER BY rowid`,
    );
  return {
    rowids: from<number>('rowid').pluck() as Statement<number>,
    bm25: from<{ doc: number; score: number }>(
      `rowid AS doc, bm25(${table}, 8.0, 3.0, 1.0, 0.0) AS score`,
    ) as Statement<{ doc: number; score: number }>,
    exact: from<number>('rowid', `${table}_exact`).pluck() as Statement<number>,
    // Counted inside SQLite: one call instead of a step per row (a common word: 1.4 → 0.2 ms per 1,500).
    count: db
      .prepare<[string, number], number>(
        `SELECT count(*) FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid LIMIT ?)`,
      )
      .pluck(),
  };
}

/** The rows of `statement` from `low` up to `high`, at most `limit` of them. */
function upTo<R>(
  statement: Statement<R>,
  expression: string,
  low: number,
  high: number,
  limit: number,
  doc: (r: R) => number,
): R[] {
  const out: R[] = [];
  if (limit <= 0) return out;
  for (const row of statement.iterate(expression, low)) {
    if (doc(row) > high) break;
    out.push(row);
    if (out.length >= limit) break;
  }
  return out;
}

const self = (n: number) => n;

/** Words listed for one prefix at most; more (digits: `2024*`) and the prefix is left to FTS5. */
export const MAX_PREFIX_WORDS = 64;

/**
 * The words of a table that start with a prefix, from FTS5's own vocabulary (fts5vocab, a TEMP table
 * of this connection: nothing is stored in the file). It walks each listed word's doclist to count it
 * (about 1 ms for `nguy` in the meetings), still far less than the prefix's merge.
 */
function prefixWords(db: Db | ReadableDb, table: SearchTable) {
  let statement: { pluck(): { all(low: string, high: string): string[] } } | undefined;
  return (prefix: string): string[] | null => {
    if (!statement) {
      db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_words USING fts5vocab(main, ${table}, row)`);
      statement = db.prepare(
        `SELECT term FROM temp.${table}_words WHERE term >= ? AND term < ? LIMIT ${MAX_PREFIX_WORDS + 1}`,
      );
    }
    // Terms compare as UTF-8 bytes: every word starting with the prefix sorts before prefix + U+10FFFF.
    const words = statement.pluck().all(prefix, `${prefix}\u{10FFFF}`);
    return words.length > MAX_PREFIX_WORDS ? null : words;
  };
}

export function createSearchQueryRepo(db: Db | ReadableDb) {
  const tables = new Map(searchTables.map((t) => [t, tableStatements(db, t)]));
  const on = (table: SearchTable) => tables.get(table) as ReturnType<typeof tableStatements>;
  const words = new Map(searchTables.map((t) => [t, prefixWords(db, t)]));
  const key = db.prepare<[number], SearchKeyRow>('SELECT * FROM search_keys WHERE doc = ?');
  return {
    /** The first `limit` matches in [low, high], newest first. */
    newest(table: SearchTable, expression: string, low: number, high: number, limit: number): number[] {
      return upTo(on(table).rowids, expression, low, high, limit, self);
    },
    /** Matches in the whole table, counted up to `cap` (a common word stops early). */
    count(table: SearchTable, expression: string, cap: number): number {
      return cap <= 0 ? 0 : (on(table).count.get(expression, cap) ?? 0);
    },
    /**
     * FTS5's bm25 of the rows matching in [low, high] (lower is better; weights head 8, side 3, body 1).
     * It reads every row of the table holding each phrase of the expression: only for rare phrases.
     */
    bm25(
      table: SearchTable,
      expression: string,
      low: number,
      high: number,
    ): { doc: number; score: number }[] {
      return upTo(on(table).bm25, expression, low, high, Number.MAX_SAFE_INTEGER, (r) => r.doc);
    },
    /** The first `limit` rows of the exact index matching in [low, high] (rowids only: cheap). */
    exact(table: SearchTable, expression: string, low: number, high: number, limit: number): number[] {
      return upTo(on(table).exact, expression, low, high, limit, self);
    },
    /** The words of `table` that start with `prefix` (folded), or null when there are too many. */
    prefixWords(table: SearchTable, prefix: string): string[] | null {
      return (words.get(table) as (p: string) => string[] | null)(prefix);
    },
    key(doc: number): SearchKeyRow | undefined {
      return key.get(doc);
    },
  };
}

export type SearchQueryRepo = ReturnType<typeof createSearchQueryRepo>;
