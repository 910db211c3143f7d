// The answers of the search box and of a full search, kept in a snapshot: the benchmark work on how
// the index is read (counting in SQLite, the order of the reads) must not change which records come
// back, in which order, with which title, snippet and place found. The snapshot was written by the
// code before that work (commit 438571b) and is read, never rewritten, in CI (vitest --ci).
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/search';
import { trackTestDbs } from '../../helpers/db';
import { searchOffice, searchVia } from './fixture';

const { withDemo } = trackTestDbs({ clock: true });

/** The demo office (news articles about meetings) and the search tests' small office together. */
function office() {
  const t = withDemo();
  t.services.exchange.import(searchOffice());
  return searchVia(t.services);
}

/** What the user sees of a result: kind, record, title, snippet and the place found, in order. */
function shown(result: SearchResult) {
  return result.groups.map((g) => ({
    kind: g.kind,
    total: g.total,
    capped: g.capped,
    items: g.items.map((i) => ({
      id: i.id,
      exact: i.exact,
      field: i.field,
      title: i.title.map((s) => (s.hit ? `[${s.text}]` : s.text)).join(''),
      snippet: i.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join(''),
      find: i.find ?? null,
    })),
  }));
}

// One or more of each kind the benchmark times: common word, rare word, two-word phrase, no accents,
// prefix; with an exclusion and filters.
const queries: [string, object][] = [
  ['công tác', {}],
  ['tỉnh', {}],
  ['nhiệm vụ', { limit: 3 }],
  ['Đô Lương', {}],
  ['"kết luận"', {}],
  ['"giải ngân"', {}],
  ['ket luan', {}],
  ['do luong', {}],
  ['nguyen duc trung', {}],
  ['hoa', {}],
  ['hòa', {}],
  ['con*', {}],
  ['ngh*', {}],
  ['giao*', { limit: 2, offset: 1 }],
  ['hội nghị -giao', {}],
  ['công tác', { year: 2024 }],
  ['kế hoạch', { kinds: ['document', 'programme'] }],
];
const typed = ['ng', 'ngu', 'nguy', 'nguyễn', 'nguyễn đ', 'hội ng', 'đô l', 'kinh t'];

describe('search results stay the same', () => {
  it('full searches: the same records, order, titles, snippets and places', async () => {
    const search = office();
    const answers: Record<string, unknown> = {};
    for (const [text, extra] of queries) {
      const result = await search({ text, ...extra });
      if (!result.ok) throw new Error(result.error.message);
      answers[`${text} ${JSON.stringify(extra)}`] = shown(result.value);
    }
    // Not an empty answer kept as the truth: most queries find something.
    expect(Object.values(answers).filter((a) => (a as unknown[]).length > 0).length).toBeGreaterThan(12);
    expect(answers).toMatchSnapshot();
  });

  it('the search box while typing: the same records, order and snippets key after key', async () => {
    const search = office();
    const answers: Record<string, unknown> = {};
    for (const text of typed) {
      const result = await search({ text, asYouType: true, limit: 5 });
      if (!result.ok) throw new Error(result.error.message);
      answers[text] = shown(result.value);
    }
    expect(Object.values(answers).filter((a) => (a as unknown[]).length > 0).length).toBeGreaterThan(5);
    expect(answers).toMatchSnapshot();
  });
});
