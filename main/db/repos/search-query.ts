// Reading the search index. Every statement reads matches in rowid order, which is newest first (see
// main/search/rowids.ts), within one kind's rowid range, and most stop after a bounded number of rows.
import type { SearchKeyRow } from './search-index';
import type { Db, ReadableDb } from '../types';

export function createSearchQueryRepo(db: Db | ReadableDb) {
  const s = {
    newest: db.prepare<[string, number, number, number], number>(
      'SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?',
    ),
    count: db.prepare<[string, number, number, number], number>(
      'SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)',
    ),
    bm25: db.prepare<[string, number, number], { doc: number; score: number }>(
      `SELECT rowid AS doc, bm25(search, 8.0, 3.0, 1.0, 0.0) AS score
       FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?`,
    ),
    exact: db.prepare<[string, number, number], number>(
      'SELECT rowid FROM search_exact WHERE search_exact MATCH ? AND rowid BETWEEN ? AND ?',
    ),
    rows: db.prepare<[number, number], number>('SELECT count(*) FROM search_keys WHERE doc BETWEEN ? AND ?'),
    key: db.prepare<[number], SearchKeyRow>('SELECT * FROM search_keys WHERE doc = ?'),
  };
  s.newest.pluck();
  s.count.pluck();
  s.exact.pluck();
  s.rows.pluck();
  return {
    /** The first `limit` matches in [low, high], newest first. */
    newest(expression: string, low: number, high: number, limit: number): number[] {
      return s.newest.all(expression, low, high, limit);
    },
    /** Matches in [low, high], counted up to `cap` (a common word stops early). */
    count(expression: string, low: number, high: number, cap: number): number {
      return s.count.get(expression, low, high, cap) ?? 0;
    },
    /**
     * FTS5's bm25 of the rows matching in [low, high] (lower is better; weights head 8, side 3, body 1).
     * It reads every row holding each phrase of the expression: only for phrases known to be rare.
     */
    bm25(expression: string, low: number, high: number): { doc: number; score: number }[] {
      return s.bm25.all(expression, low, high);
    },
    /** Rows of the exact index matching in [low, high] (rowids only: cheap). */
    exact(expression: string, low: number, high: number): number[] {
      return s.exact.all(expression, low, high);
    },
    /** Indexed records in [low, high]. */
    rows(low: number, high: number): number {
      return s.rows.get(low, high) ?? 0;
    },
    key(doc: number): SearchKeyRow | undefined {
      return s.key.get(doc);
    },
  };
}

export type SearchQueryRepo = ReturnType<typeof createSearchQueryRepo>;
