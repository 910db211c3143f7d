import { afterAll, describe, expect, it } from 'vitest';
import { createSearchSourceRepo } from '../../../main/db/repos/search-source';
import { openTestDb } from '../../helpers/db';
import { preparedBy } from '../../helpers/prepared-statements';

// Every result the search box shows reads its record through these statements, several times per key:
// each must reach its rows through an index (a key, an id), never a scan of a table that grows with the
// years. The statements are the repository's own, caught as it prepares them.
const t = openTestDb();
afterAll(() => t.close());

const plan = (sql: string) => {
  const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => '["x"]');
  return (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
};

describe('query plans of the records a search result shows', () => {
  const statements = preparedBy(t.db, (db) => createSearchSourceRepo(db));
  // The list of every record is the index rebuild's (it reads them all by design).
  const perResult = statements.filter((sql) => !sql.includes('UNION ALL SELECT'));

  it('catches the repository’s statements', () => {
    expect(perResult.length).toBeGreaterThanOrEqual(15);
  });

  it.each(perResult.map((sql) => [sql.replace(/\s+/g, ' ').slice(0, 70), sql]))(
    'reads through an index: %s',
    (_, sql) => {
      const scans = plan(sql).filter(
        (step) => /^SCAN /.test(step) && !/^SCAN (json_each|p|CONSTANT ROW)\b/.test(step),
      );
      expect(scans).toEqual([]);
    },
  );
});
