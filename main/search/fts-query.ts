// Turns a parsed query into FTS5 MATCH expressions. Every word becomes a quoted string built from
// its folded (or exact) key, which holds letters and digits only: nothing the user types can become
// an operator, a column filter or a syntax error.
import type { ParsedQuery, QueryClause } from '../../shared/search-query';
import { organizationTag } from './indexer';

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** One clause over the folded index: a word, a phrase, a prefix. */
export function clauseExpression(clause: QueryClause): string {
  return `${quote(clause.folded.join(' '))}${clause.prefix ? '*' : ''}`;
}

/** The whole query over the folded index, or null when nothing must occur. */
export function queryExpression(query: ParsedQuery, organizationId?: string): string | null {
  if (query.include.length === 0) return null;
  const include = query.include.map(clauseExpression).join(' AND ');
  const exclude = query.exclude.map((c) => ` NOT ${clauseExpression(c)}`).join('');
  const text = query.exclude.length ? `(${include})${exclude}` : include;
  return organizationId ? `(${text}) AND {tags} : ${quote(organizationTag(organizationId))}` : text;
}

/** The words that must occur, all in the head column (titles, names, summaries): ranks while typing. */
export function headExpression(query: ParsedQuery): string | null {
  if (query.include.length === 0) return null;
  return `{head} : (${query.include.map(clauseExpression).join(' AND ')})`;
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
