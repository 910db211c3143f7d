// The statements that read the search index (main/db/repos/search-query.ts), caught as the repository
// prepares them: each lets FTS5 read its matches in rowid order from the start of a range (no sort of
// every match), and the rarity count stops inside SQLite at its cap.
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchQueryRepo } from '../../../main/db/repos/search-query';
import { searchTables } from '../../../main/search/rowids';
import { openTestDb } from '../../helpers/db';
import { preparedBy } from '../../helpers/prepared-statements';
import { searchOffice } from './fixture';

const t = openTestDb();
afterAll(() => t.close());
t.services.exchange.import(searchOffice());

const plan = (sql: string): string[] => {
  const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, (_, i) => (i === 0 ? '"x"' : 1));
  return (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
};

describe('query plans of the search index', () => {
  const statements = preparedBy(t.db, (db) => createSearchQueryRepo(db)).filter((sql) =>
    sql.includes('MATCH'),
  );

  it('catches the repository’s statements: rowids, bm25, exact and count, on each table', () => {
    expect(statements).toHaveLength(searchTables.length * 4);
  });

  it.each(statements.map((sql) => [sql.replace(/\s+/g, ' ').slice(0, 90), sql]))(
    'FTS5 reads the matches in rowid order, no sort: %s',
    (_, sql) => {
      const steps = plan(sql);
      expect(steps.join(' | ')).not.toMatch(/TEMP B-TREE/);
      // M: the MATCH; >: the start of the range, when the statement has one.
      const scan = steps.find((s) => s.includes('VIRTUAL TABLE INDEX'));
      expect(scan).toMatch(sql.includes('rowid >=') ? /INDEX \d+:M\d*>$/ : /INDEX \d+:M\d*$/);
    },
  );

  it('counts in SQLite, stopping at the cap (a LIMIT inside the counted subquery)', () => {
    const counts = statements.filter((sql) => sql.startsWith('SELECT count(*)'));
    expect(counts).toHaveLength(searchTables.length);
    for (const sql of counts) {
      expect(sql).toMatch(/ORDER BY rowid LIMIT \?\)$/);
      expect(plan(sql)[0]).toBe('CO-ROUTINE (subquery-1)');
    }
  });
});

describe('the rarity count', () => {
  const repo = createSearchQueryRepo(t.db);
  const every = (table: (typeof searchTables)[number], expression: string) =>
    repo.newest(table, expression, 0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).length;

  it.each(['"hoi nghi"', '"giao"*', '"do luong"', '"ubnd"', '"tinh"', '"khongcotu"'])(
    'is the number of matches up to the cap, as reading them one by one: %s',
    (expression) => {
      for (const table of searchTables) {
        const all = every(table, expression);
        expect(repo.count(table, expression, 1_000)).toBe(all);
        expect(repo.count(table, expression, 1)).toBe(Math.min(all, 1));
        expect(repo.count(table, expression, 0)).toBe(0);
      }
      // The fixture holds these words somewhere (the test would pass on empty tables otherwise).
      if (expression !== '"khongcotu"')
        expect(searchTables.map((table) => every(table, expression)).some((n) => n > 0)).toBe(true);
    },
  );
});
