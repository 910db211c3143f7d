// What the user typed in a search box, read as clauses: words (all must occur), "a phrase" (in that
// order), -word or -"phrase" (must not occur), word* (a prefix). Anything else is text: operators,
// brackets or column names of the underlying engine have no meaning here, so no input can change
// the query's shape. A word written with inner punctuation (`05/TB-UBND`) is a phrase of its parts.
import { exactWord, foldWord, hasAccents, wordsOf } from './search-text';

export const SEARCH_LIMITS = {
  /** Characters of a query; longer input is refused at the boundary (IPC, CLI). */
  maxLength: 500,
  /** Clauses kept; a longer query keeps its first ones. */
  maxClauses: 12,
  /** Words in one phrase. */
  maxPhraseWords: 12,
  /** A prefix shorter than this (after folding) is read as a whole word: one letter matches everything. */
  minPrefix: 2,
} as const;

export interface QueryClause {
  /** The words as typed. */
  words: string[];
  /** Their folded keys (`Đô` → `do`). */
  folded: string[];
  /** Their exact keys (`hòa` → `hoà`). */
  exact: string[];
  /** The last word is a prefix. */
  prefix: boolean;
  /** At least one word was typed with accents. */
  accented: boolean;
}

export interface ParsedQuery {
  include: QueryClause[];
  exclude: QueryClause[];
}

interface RawClause {
  text: string;
  negated: boolean;
  prefix: boolean;
  /** The clause ends the input with nothing after it (the word being typed). */
  atEnd: boolean;
}

function* scan(input: string): Generator<RawClause> {
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/u.test(input[i] as string)) i++;
    if (i >= input.length) return;
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1] as string)) {
      negated = true;
      i++;
    }
    let text: string;
    let prefix = false;
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      text = input.slice(i + 1, end);
      i = close === -1 ? input.length : close + 1;
      if (input[i] === '*') {
        prefix = true;
        while (input[i] === '*') i++;
      }
    } else {
      const start = i;
      while (i < input.length && !/\s/u.test(input[i] as string) && input[i] !== '"') i++;
      text = input.slice(start, i);
      if (/\*+$/.test(text)) {
        prefix = true;
        text = text.replace(/\*+$/, '');
      }
    }
    yield { text, negated, prefix, atEnd: i >= input.length };
  }
}

function toClause(raw: RawClause, asYouType: boolean): QueryClause | null {
  const words = wordsOf(raw.text)
    .map((w) => w.word)
    .slice(0, SEARCH_LIMITS.maxPhraseWords);
  if (words.length === 0) return null;
  const folded = words.map(foldWord);
  const last = folded[folded.length - 1] as string;
  const typing = asYouType && raw.atEnd && !raw.negated;
  if (typing && last.length < SEARCH_LIMITS.minPrefix) {
    // One letter of a word being typed: wait for the next one rather than match every word.
    if (words.length === 1) return null;
    words.pop();
    folded.pop();
  }
  const prefix =
    !raw.negated &&
    (raw.prefix || typing) &&
    (folded[folded.length - 1] as string).length >= SEARCH_LIMITS.minPrefix;
  const exact = words.map(exactWord);
  return { words, folded, exact, prefix, accented: words.some(hasAccents) };
}

/**
 * Reads a query. With `asYouType`, the word being typed (the last one, with no space after it) is a
 * prefix, and a single letter being typed is left out until the next one comes.
 */
export function parseQuery(input: string, options: { asYouType?: boolean } = {}): ParsedQuery {
  const text = input.normalize('NFC').slice(0, SEARCH_LIMITS.maxLength);
  const include: QueryClause[] = [];
  const exclude: QueryClause[] = [];
  for (const raw of scan(text)) {
    if (include.length + exclude.length >= SEARCH_LIMITS.maxClauses) break;
    const clause = toClause(raw, options.asYouType ?? false);
    if (clause) (raw.negated ? exclude : include).push(clause);
  }
  return { include, exclude };
}

/** The folded keys a hit may show: every word of the clauses that must occur. */
export function highlightKeys(query: ParsedQuery): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const clause of query.include)
    clause.folded.forEach((key, i) => {
      if (clause.prefix && i === clause.folded.length - 1) prefixes.push(key);
      else words.add(key);
    });
  return { words, prefixes };
}

/** Does a folded word match one of the keys (a whole word, or starting with a prefix)? */
export function matchesKey(folded: string, keys: { words: Set<string>; prefixes: string[] }): boolean {
  return keys.words.has(folded) || keys.prefixes.some((p) => folded.startsWith(p));
}
