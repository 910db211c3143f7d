// The part of a result shown under its title: the line of the field where the query's words occur
// most, cut to a window around them, as plain-text segments with the matching words marked. The
// renderer draws segments as text (never as markup), so a record's text cannot inject anything.
// Hits are found with one regular expression over the text as written: each letter of a key stands for
// every letter that folds to it, so no field is folded first.
import type { SearchField, TextSegment } from '../../shared/search';
import { foldAligned, foldedPattern } from '../../shared/search-text';
import type { SearchSource } from './sources';

export type Keys = { words: Set<string>; prefixes: string[] };

const WINDOW_CHARS = 180;
const LEAD_CHARS = 40;
const CONTEXT_CHARS = 32;
const MAX_TITLE = 300;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** One expression finding every word that matches a key: a whole word, or a word a prefix starts. */
export function hitPattern(keys: Keys): RegExp | null {
  const alternatives = [
    ...[...keys.words].map(foldedPattern),
    ...keys.prefixes.map((p) => `${foldedPattern(p)}[\\p{L}\\p{N}\\p{M}]*`),
  ];
  if (alternatives.length === 0) return null;
  // Longest first, so a prefix never cuts a longer whole word short.
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
}

interface Hit {
  start: number;
  end: number;
  key: string;
}

function hitsIn(text: string, pattern: RegExp): Hit[] {
  const folded = foldAligned(text);
  const hits: Hit[] = [];
  for (const m of folded.matchAll(pattern))
    hits.push({ start: m.index, end: m.index + m[0].length, key: m[0] });
  return hits;
}

function segments(text: string, hits: Hit[], from: number, to: number): TextSegment[] {
  const out: TextSegment[] = [];
  let cursor = from;
  for (const hit of hits) {
    if (hit.end <= from || hit.start >= to) continue;
    if (hit.start > cursor) out.push({ text: text.slice(cursor, hit.start) });
    out.push({ text: text.slice(hit.start, hit.end), hit: true });
    cursor = hit.end;
  }
  if (to > cursor) out.push({ text: text.slice(cursor, to) });
  return out;
}

/** The whole of a short text (a title), its matching words marked. */
export function highlightAll(text: string, pattern: RegExp | null): TextSegment[] {
  const clipped = text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text;
  return pattern ? segments(clipped, hitsIn(clipped, pattern), 0, clipped.length) : [{ text: clipped }];
}

/** Moves an offset back (or forward) to the start of the word it falls in. */
function wordStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && WORD_CHAR.test(text.charAt(i - 1))) i--;
  return i;
}
function wordEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && WORD_CHAR.test(text.charAt(i))) i++;
  return i;
}

interface Cluster {
  lineStart: number;
  lineEnd: number;
  first: Hit;
  distinct: number;
}

/** The line, and the first hit in it, whose window holds the most distinct matching words. */
function bestCluster(text: string, hits: Hit[]): Cluster | null {
  let best: Cluster | null = null;
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i] as Hit;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const newline = text.indexOf('\n', first.end);
    const lineEnd = newline === -1 ? text.length : newline;
    const keys = new Set<string>();
    for (
      let j = i;
      j < hits.length && (hits[j] as Hit).end <= Math.min(lineEnd, first.start + WINDOW_CHARS);
      j++
    )
      keys.add((hits[j] as Hit).key);
    if (!best || keys.size > best.distinct) best = { lineStart, lineEnd, first, distinct: keys.size };
    if (best.distinct === hits.length) break;
  }
  return best;
}

export interface Snippet {
  field: SearchField;
  snippet: TextSegment[];
  find: string | null;
  findContext: string | null;
}

function snippetAt(field: SearchField, text: string, hits: Hit[], cluster: Cluster): Snippet {
  const { lineStart, lineEnd, first } = cluster;
  const from = wordStart(text, Math.max(lineStart, first.start - LEAD_CHARS), lineStart);
  const to = wordEnd(text, Math.min(lineEnd, from + WINDOW_CHARS), lineEnd);
  return {
    field,
    snippet: [
      ...(from > lineStart ? [{ text: '…' }] : []),
      ...segments(text, hits, from, to),
      ...(to < lineEnd ? [{ text: '…' }] : []),
    ],
    find: text.slice(first.start, first.end),
    findContext: text.slice(
      first.start,
      wordEnd(text, Math.min(lineEnd, first.end + CONTEXT_CHARS), lineEnd),
    ),
  };
}

/**
 * Where the query's words occur in the record: the field holding the most of them (the first such).
 * The field shown as the title is used only when no other field holds any, so a snippet adds to the
 * title rather than repeating it.
 */
export function snippetOf(
  source: SearchSource,
  pattern: RegExp | null,
  titleField: SearchField | null,
): Snippet {
  let best: { snippet: Snippet; distinct: number } | null = null;
  let titleHit: Snippet | null = null;
  let fallback: Snippet | null = null;
  for (const { field, text } of source.fields) {
    if (!text) continue;
    const hits = pattern ? hitsIn(text, pattern) : [];
    const cluster = bestCluster(text, hits);
    if (!cluster) {
      fallback ??= { field, snippet: [{ text: text.slice(0, WINDOW_CHARS) }], find: null, findContext: null };
      continue;
    }
    const snippet = snippetAt(field, text, hits, cluster);
    if (field === titleField) titleHit = snippet;
    else if (!best || cluster.distinct > best.distinct) best = { snippet, distinct: cluster.distinct };
  }
  return (
    best?.snippet ??
    titleHit ??
    fallback ?? { field: source.fields[0]?.field ?? 'title', snippet: [], find: null, findContext: null }
  );
}
