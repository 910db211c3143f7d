// The order of one kind's matches: the rows holding the accented words exactly as typed first, then
// FTS5's bm25 (columns weighted head 8 · side 3 · body 1), then the newer. While the user types, a
// lighter order answers each key: the exact accents, then the rows whose title (head column) holds the
// words, then the newer; no bm25, whose rarity counts cost more than the rest of the query.
//
// Two bounds keep this fast at ten years. bm25() weighs each phrase by reading every row that holds
// it (its idf): for a word of every minutes that alone costs tens of milliseconds. Such a word weighs
// next to nothing in bm25 anyway (its idf is about 0), so the score uses only the query's clauses found
// in fewer than RARE_CAP records; a query of common words only is ordered newest first, as bm25 would
// leave it. And the ranking looks at the newest RANK_WINDOW matches (FTS5 reads those first and stops);
// older matches follow them, newest first.
import { SEARCH_COUNT_CAP } from '../../shared/search';
import type { QueryClause } from '../../shared/search-query';
import type { SearchQueryRepo } from '../db/repos/search-query';
import { clauseExpression, type ExpandPrefix } from './fts-query';
import { searchTables, type SearchTable } from './rowids';

export const RANK_WINDOW = SEARCH_COUNT_CAP;
export const RARE_CAP = 1_500;

export interface RankInput {
  /** The whole query (folded index). */
  expression: string;
  /** The accented words (exact index), or null. */
  exact: string | null;
  /** The clauses scored by bm25 (see `rareClauses`), joined with AND; null when none. */
  scored: string | null;
  /** While typing: the query's words in the head column; replaces `scored` (then null). */
  titles?: string | null;
  table: SearchTable;
  range: [number, number];
}

export interface RankedMatch {
  doc: number;
  exact: boolean;
}

export interface RankedPage {
  matches: RankedMatch[];
  /** Matches of the kind, counted up to RANK_WINDOW. */
  total: number;
  /** There are more than `total`. */
  more: boolean;
}

/**
 * The clauses found in fewer than RARE_CAP records (counting stops there), as one AND expression. A
 * long prefix is counted as the words it starts (`expandFor`: the same rows); bm25 gets it as written,
 * whose weights are those of one phrase.
 */
export function rareClauses(
  repo: SearchQueryRepo,
  clauses: QueryClause[],
  expandFor?: (table: SearchTable) => ExpandPrefix,
): string | null {
  const isRare = (clause: QueryClause) => {
    let left = RARE_CAP;
    for (const table of searchTables)
      if ((left -= repo.count(table, clauseExpression(clause, expandFor?.(table)), left)) <= 0) return false;
    return true;
  };
  const rare = clauses.filter(isRare).map((c) => clauseExpression(c));
  return rare.length ? rare.join(' AND ') : null;
}

export function rankPage(
  repo: SearchQueryRepo,
  input: RankInput,
  page: { offset: number; limit: number },
): RankedPage | null {
  const [low, high] = input.range;
  const table = input.table;
  const window = repo.newest(table, input.expression, low, high, RANK_WINDOW);
  if (window.length === 0) return null;
  const more = window.length === RANK_WINDOW;
  const cutoff = window[window.length - 1] as number;
  const score = new Map(
    input.scored === null ? [] : repo.bm25(table, input.scored, low, cutoff).map((r) => [r.doc, r.score]),
  );
  const exact = new Set(input.exact === null ? [] : repo.exact(table, input.exact, low, cutoff, RANK_WINDOW));
  const titled = new Set(input.titles ? repo.newest(table, input.titles, low, cutoff, RANK_WINDOW) : []);
  const ranked = [...window].sort(
    (a, b) =>
      Number(exact.has(b)) - Number(exact.has(a)) ||
      Number(titled.has(b)) - Number(titled.has(a)) ||
      (score.get(a) ?? 0) - (score.get(b) ?? 0) ||
      a - b,
  );
  const wanted = page.offset + page.limit;
  if (more && wanted > ranked.length)
    ranked.push(...repo.newest(table, input.expression, cutoff + 1, high, wanted - ranked.length));
  return {
    matches: ranked.slice(page.offset, wanted).map((doc) => ({ doc, exact: exact.has(doc) })),
    total: window.length,
    more,
  };
}
