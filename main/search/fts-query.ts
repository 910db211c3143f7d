// Turns a parsed query into FTS5 MATCH expressions. Every word becomes a quoted string built from
// its folded (or exact) key, which holds letters and digits only: nothing the user types can become
// an operator, a column filter or a syntax error.
import type { ParsedQuery, QueryClause } from '../../shared/search-query';
import { organizationTag } from './indexer';

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The longest prefix FTS5 keeps an index for (migration 0004: prefix='2 3'). A longer one makes FTS5
 * merge the doclists of every word it starts, over the whole table, before the first row (`nguy`:
 * 6.5 ms for the newest 100 meetings); the same words as an OR of whole words are read newest first
 * and stop early (0.1 ms).
 */
export const INDEXED_PREFIX_MAX = 3;

/** The index's words that start with a prefix (of one table), or null when there are too many. */
export type ExpandPrefix = (prefix: string) => string[] | null;

/**
 * One clause over the folded index: a word, a phrase, a prefix. With `expand`, a prefix longer than
 * the indexed ones becomes the OR of the words it starts (the same rows, read without the merge).
 */
export function clauseExpression(clause: QueryClause, expand?: ExpandPrefix): string {
  const last = clause.folded[clause.folded.length - 1] ?? '';
  if (clause.prefix && expand && [...last].length > INDEXED_PREFIX_MAX) {
    const words = expand(last);
    // No word starts with it: the prefix itself matches nothing, without a merge.
    if (words && words.length > 0) {
      const phrases = words.map((w) => quote([...clause.folded.slice(0, -1), w].join(' ')));
      return phrases.length === 1 ? (phrases[0] as string) : `(${phrases.join(' OR ')})`;
    }
  }
  return `${quote(clause.folded.join(' '))}${clause.prefix ? '*' : ''}`;
}

/** The whole query over the folded index, or null when nothing must occur. */
export function queryExpression(
  query: ParsedQuery,
  organizationId?: string,
  expand?: ExpandPrefix,
): string | null {
  if (query.include.length === 0) return null;
  const include = query.include.map((c) => clauseExpression(c, expand)).join(' AND ');
  const exclude = query.exclude.map((c) => ` NOT ${clauseExpression(c, expand)}`).join('');
  const text = query.exclude.length ? `(${include})${exclude}` : include;
  return organizationId ? `(${text}) AND {tags} : ${quote(organizationTag(organizationId))}` : text;
}

/** The words that must occur, all in the head column (titles, names, summaries): ranks while typing. */
export function headExpression(query: ParsedQuery, expand?: ExpandPrefix): string | null {
  if (query.include.length === 0) return null;
  return `{head} : (${query.include.map((c) => clauseExpression(c, expand)).join(' AND ')})`;
}

/** Rows where `clause` occurs in one of `columns`, among the rows matching `whole`. */
export function clauseInColumns(clause: QueryClause, columns: string, whole: string): string {
  return `({${columns}} : ${clauseExpression(clause)}) AND (${whole})`;
}

/**
 * The expression over the exact index (rowids only, so words rather than phrases): the whole words typed
 * with accents, written exactly so. Null when there is none (nothing to rank by).
 */
export function exactExpression(query: ParsedQuery): string | null {
  const words = query.include.flatMap((c) =>
    c.exact.flatMap((key, i) =>
      // A word typed without accents (its exact key is its folded key) does not care how it is written;
      // a prefix is left out: without a prefix index FTS5 would merge every word it starts.
      key === c.folded[i] || (c.prefix && i === c.exact.length - 1) ? [] : [quote(key)],
    ),
  );
  return words.length ? words.join(' AND ') : null;
}
