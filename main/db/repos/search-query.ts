// Reading the search index. Every statement reads matches in rowid order, which is newest first (see
// main/search/rowids.ts), within one kind's rowid range, and most stop after a bounded number of rows.
import { searchTables, type SearchTable } from '../../search/rowids';
import type { SearchKeyRow } from './search-index';
import type { Db, ReadableDb } from '../types';

function tableStatements(db: Db | ReadableDb, table: SearchTable) {
  return {
    newest: db
      .prepare<[string, number, number, number], number>(
        `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?`,
      )
      .pluck(),
    count: db
      .prepare<[string, number, number, number], number>(
        `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)`,
      )
      .pluck(),
    bm25: db.prepare<[string, number, number], { doc: number; score: number }>(
      `SELECT rowid AS doc, bm25(${table}, 8.0, 3.0, 1.0, 0.0) AS score
       FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ?`,
    ),
    exact: db
      .prepare<[string, number, number], number>(
        `SELECT rowid FROM ${table}_exact WHERE ${table}_exact MATCH ? AND rowid BETWEEN ? AND ?`,
      )
      .pluck(),
  };
}

export function createSearchQueryRepo(db: Db | ReadableDb) {
  const tables = new Map(searchTables.map((t) => [t, tableStatements(db, t)]));
  const on = (table: SearchTable) => tables.get(table) as ReturnType<typeof tableStatements>;
  const key = db.prepare<[number], SearchKeyRow>('SELECT * FROM search_keys WHERE doc = ?');
  return {
    /** The first `limit` matches in [low, high], newest first. */
    newest(table: SearchTable, expression: string, low: number, high: number, limit: number): number[] {
      return on(table).newest.all(expression, low, high, limit);
    },
    /** Matches in [low, high], counted up to `cap` (a common word stops early). */
    count(table: SearchTable, expression: string, low: number, high: number, cap: number): number {
      return on(table).count.get(expression, low, high, cap) ?? 0;
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
      return on(table).bm25.all(expression, low, high);
    },
    /** Rows of the exact index matching in [low, high] (rowids only: cheap). */
    exact(table: SearchTable, expression: string, low: number, high: number): number[] {
      return on(table).exact.all(expression, low, high);
    },
    key(doc: number): SearchKeyRow | undefined {
      return key.get(doc);
    },
  };
}

export type SearchQueryRepo = ReturnType<typeof createSearchQueryRepo>;
