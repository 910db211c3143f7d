// A prefix longer than the indexed ones (2 and 3 letters) is read as the OR of the words it starts,
// listed from FTS5's vocabulary: the same rows as the prefix, without FTS5 merging every word's
// doclist first. Too many words (digits) and the prefix is left as written.
import { describe, expect, it } from 'vitest';
import { createSearchQueryRepo, MAX_PREFIX_WORDS } from '../../../main/db/repos/search-query';
import { clauseExpression, queryExpression } from '../../../main/search/fts-query';
import { searchTables } from '../../../main/search/rowids';
import { parseQuery } from '../../../shared/search-query';
import { trackTestDbs } from '../../helpers/db';
import { preparedBy } from '../../helpers/prepared-statements';
import { ID, idsByKind, searchOffice, searchVia } from './fixture';

const { fresh, withDemo } = trackTestDbs({ clock: true });

function office() {
  const t = withDemo();
  t.services.exchange.import(searchOffice());
  return t;
}

const everyRow = (
  repo: ReturnType<typeof createSearchQueryRepo>,
  table: (typeof searchTables)[number],
  e: string,
) => repo.newest(table, e, 0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);

describe('long prefixes', () => {
  it.each(['giao', 'nguy', 'trung', 'luong', 'chuyen', 'nghi', 'khongcotu'])(
    'the words "%s" starts find the same rows as the prefix, in every table',
    (prefix) => {
      const t = office();
      const repo = createSearchQueryRepo(t.db);
      let found = 0;
      for (const table of searchTables) {
        const clause = parseQuery(`${prefix}*`).include[0];
        if (!clause) throw new Error('no clause');
        const expanded = clauseExpression(clause, (p) => repo.prefixWords(table, p));
        const words = repo.prefixWords(table, prefix) ?? [];
        expect(words.every((w) => w.startsWith(prefix))).toBe(true);
        // Read as whole words when some exist (no `*` left for FTS5 to merge).
        expect(expanded.includes('*')).toBe(words.length === 0);
        const rows = everyRow(repo, table, expanded);
        expect(rows).toEqual(everyRow(repo, table, `"${prefix}"*`));
        found += rows.length;
      }
      if (prefix !== 'khongcotu') expect(found).toBeGreaterThan(0);
    },
  );

  it('keeps a phrase’s first words ("hoi nghi giao"*), with an exclusion beside it', () => {
    const t = office();
    const repo = createSearchQueryRepo(t.db);
    const parsed = parseQuery('"hội nghị giao"* -nguy*');
    for (const table of searchTables) {
      const expand = (p: string) => repo.prefixWords(table, p);
      const expanded = queryExpression(parsed, undefined, expand) as string;
      expect(everyRow(repo, table, expanded)).toEqual(
        everyRow(repo, table, queryExpression(parsed) as string),
      );
    }
    expect(queryExpression(parsed, undefined, () => ['giao', 'giaoban'])).toBe(
      '(("hoi nghi giao" OR "hoi nghi giaoban")) NOT "nguy"',
    );
  });

  it('leaves a prefix of more than the word limit to FTS5, and still finds the record', async () => {
    const t = fresh();
    const exchange = searchOffice();
    const many = Array.from({ length: MAX_PREFIX_WORDS + 6 }, (_, i) => `mamo${i}`).join(' ');
    const meeting = exchange.meetings?.[0];
    if (!meeting) throw new Error('fixture without a meeting');
    exchange.meetings = [{ ...meeting, title: `Họp về ${many}` }];
    t.services.exchange.import(exchange);
    const repo = createSearchQueryRepo(t.db);
    expect(repo.prefixWords('search_meetings', 'mamo')).toBeNull();
    expect(repo.prefixWords('search_meetings', 'mamo1')).toHaveLength(11);
    const search = searchVia(t.services);
    for (const text of ['mamo*', 'mamo1*', 'mamo7']) {
      const result = await search({ text });
      if (!result.ok) throw new Error(result.error.message);
      expect(idsByKind(result.value).meeting).toEqual([ID.giaoBan]);
    }
  });

  it('lists the words through the vocabulary’s term range (no scan of every word), in a TEMP table', () => {
    const t = office();
    const seen = preparedBy(t.db, (db) => {
      const repo = createSearchQueryRepo(db);
      for (const table of searchTables) repo.prefixWords(table, 'nguy');
    });
    const listing = seen.filter((sql) => sql.includes('_words'));
    expect(listing).toHaveLength(searchTables.length);
    for (const sql of listing) {
      const [step] = t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('a', 'b') as { detail: string }[];
      // fts5vocab's plan number: 0x200 (term >=) and 0x400 (term <) both used.
      const idx = Number(/VIRTUAL TABLE INDEX (\d+):/.exec(step?.detail ?? '')?.[1]);
      expect(idx & 0x600).toBe(0x600);
    }
    // Nothing is added to the file's schema.
    expect(t.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name LIKE '%_words'").get()).toEqual({
      n: 0,
    });
  });
});
