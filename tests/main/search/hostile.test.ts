// Whatever is typed into the search box (or passed to the IPC call) gives results or a clean, coded
// refusal: quotes, stars, FTS5 operators and column filters are read as text, never as syntax.
import { describe, expect, it } from 'vitest';
import { trackTestDbs } from '../../helpers/db';
import { ID, idsByKind, searchOffice, searchVia } from './fixture';

const { fresh } = trackTestDbs();

const hostile = [
  '"',
  '""',
  '"unterminated phrase',
  '*',
  '**',
  '-',
  '- -',
  '-"',
  'NEAR(',
  'NEAR(a b, 5)',
  'a NEAR/2 b',
  'head : nguyen',
  '{head side body} : "x"',
  'tags:o0a000000000040008000000000000001',
  'search MATCH x',
  'AND OR NOT',
  '(((',
  ')))',
  '^nguyen',
  "'; DROP TABLE meetings; --",
  'a\u0000b',
  '\u202eTrung',
  'x'.repeat(499),
  `${'nguyễn '.repeat(70)}`,
  'hòa\u0301\u0301\u0301',
  '𝕹𝖌𝖚𝖞𝖊𝖓 Đức',
  '\t\n\r',
];

describe('hostile search input', () => {
  it('answers every hostile query with results or a coded refusal, never an internal error', async () => {
    const t = fresh();
    t.services.exchange.import(searchOffice());
    const search = searchVia(t.services);
    for (const text of hostile)
      for (const asYouType of [false, true]) {
        const result = await search({ text, asYouType });
        if (!result.ok) expect(result.error.code, JSON.stringify(text)).toBe('E_VALIDATION');
      }
    // The data is untouched and the engine still answers.
    const after = await search({ text: 'nguyen duc trung' });
    expect(after.ok && idsByKind(after.value)).toMatchObject({ person: [ID.trung] });
    expect(t.services.meetings.list().total).toBe(4);
  });

  it('reads operators and column names as words: "head : nguyen" looks for both words', async () => {
    const t = fresh();
    t.services.exchange.import(searchOffice());
    const search = searchVia(t.services);
    const asWords = await search({ text: 'NEAR( nguyen' });
    expect(asWords.ok && asWords.value.groups).toEqual([]); // "near" occurs nowhere
    const column = await search({ text: 'head : nguyen' });
    expect(column.ok && column.value.groups).toEqual([]); // nor does "head"
    const quoted = await search({ text: '"nguyen duc" trung*' });
    expect(quoted.ok && idsByKind(quoted.value).person).toEqual([ID.trung]);
  });

  it('refuses a query longer than 500 characters (10,000 here) with E_VALIDATION, and bad filters too', async () => {
    const t = fresh();
    const search = searchVia(t.services);
    for (const input of [
      { text: 'x'.repeat(10_000) },
      { text: 'a', kinds: ['secret'] },
      { text: 'a', year: 1800 },
      { text: 'a', organizationId: "x' OR 1=1" },
      { text: 'a', limit: 10_000 },
      { text: 42 },
    ]) {
      const result = await search(input as never);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(input).slice(0, 60)).toBe('E_VALIDATION');
    }
  });
});
