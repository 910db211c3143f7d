// The part of a result shown under its title: the line of the field where the query's words occur
// most, cut to a window around them, as plain-text segments with the matching words marked. The
// renderer draws segments as text (never as markup), so a record's text cannot inject anything.
// Hits are found with a plain expression of the keys over the text folded letter by letter (`foldAligned`
// keeps every offset), line by line, stopping at the first line where all the words stand together.
import type { SearchField, TextSegment } from '../../shared/search';
import { matchesKey } from '../../shared/search-query';
import { foldAligned } from '../../shared/search-text';
import type { SearchSource } from './sources';

export type Keys = { words: Set<string>; prefixes: string[] };

/** Finds the query's words in folded text (see `foldAligned`), and how many keys the query has. */
export interface HitPattern {
  /** Where a key's letters occur (whole words are then checked in `wordHits`). */
  regex: RegExp;
  match: Keys;
  keys: number;
}

const WINDOW_CHARS = 180;
const LEAD_CHARS = 40;
const CONTEXT_CHARS = 32;
const MAX_TITLE = 300;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Compiled once: a regular expression with Unicode classes costs 1–3 ms to compile, on every key. */
const WORD_RUN = /[\p{L}\p{N}\p{M}]*/uy;
const IN_WORD = /(?<=[\p{L}\p{N}\p{M}])/uy;
/** What may stand between two words for them to count as written together (`Đô Lương`, `kinh tế - xã hội`). */
const TOGETHER = /^[\s\-–]{1,3}$/u;

const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words that match a key: a whole word, or a word a prefix starts. Built per query, so it is only a
 * plain list of the keys' letters (cheap to compile, keys are folded to plain letters); the word around
 * each place found is then checked with the expressions above, compiled once.
 */
export function hitPattern(keys: Keys): HitPattern | null {
  const alternatives = [...keys.words, ...keys.prefixes].filter(Boolean).map(escape);
  if (alternatives.length === 0) return null;
  return {
    regex: new RegExp(alternatives.join('|'), 'g'),
    match: keys,
    keys: keys.words.size + keys.prefixes.length,
  };
}

/** The words of folded text that match the pattern's keys, each with its offset. */
function wordHits(folded: string, pattern: HitPattern): { index: number; word: string }[] {
  const out: { index: number; word: string }[] = [];
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
    const at = m.index;
    IN_WORD.lastIndex = at;
    if (IN_WORD.test(folded)) {
      // Inside a word: no key starts here.
      regex.lastIndex = at + 1;
      continue;
    }
    WORD_RUN.lastIndex = at;
    WORD_RUN.test(folded);
    const end = Math.max(WORD_RUN.lastIndex, at + 1);
    const word = folded.slice(at, end);
    if (matchesKey(word, pattern.match)) out.push({ index: at, word });
    regex.lastIndex = end;
  }
  return out;
}

interface Hit {
  start: number;
  end: number;
  key: string;
  /** The hit stands next to another one (only a space or a dash between). */
  joined: boolean;
}

/** The hits in text[from, to), at their offsets in `text` (`lines`: the folded lines kept, by start). */
function hitsIn(
  text: string,
  pattern: HitPattern,
  from = 0,
  to = text.length,
  lines?: Map<number, string>,
): Hit[] {
  let folded = lines?.get(from);
  if (folded === undefined) {
    folded = foldAligned(from === 0 && to === text.length ? text : text.slice(from, to));
    lines?.set(from, folded);
  }
  const hits: Hit[] = [];
  for (const m of wordHits(folded, pattern)) {
    const hit = { start: from + m.index, end: from + m.index + m.word.length, key: m.word, joined: false };
    const before = hits[hits.length - 1];
    if (before && TOGETHER.test(text.slice(before.end, hit.start))) before.joined = hit.joined = true;
    hits.push(hit);
  }
  return hits;
}

/** How many distinct keys stand together from hits[i] on. */
function togetherFrom(text: string, hits: Hit[], i: number): number {
  const keys = new Set<string>([(hits[i] as Hit).key]);
  for (let j = i + 1; j < hits.length; j++) {
    const prev = hits[j - 1] as Hit;
    const hit = hits[j] as Hit;
    if (!TOGETHER.test(text.slice(prev.end, hit.start))) break;
    keys.add(hit.key);
  }
  return keys.size;
}

/**
 * The hits to mark: where every key of a query of several words stands together somewhere, only the
 * words standing together (`Đô Lương`), not a lone word elsewhere that folds the same (`dơ`).
 */
function marked(hits: Hit[], keys: number, allTogether: boolean): Hit[] {
  return keys > 1 && allTogether ? hits.filter((h) => h.joined) : hits;
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
export function highlightAll(text: string, pattern: HitPattern | null): TextSegment[] {
  const clipped = text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text;
  if (!pattern) return [{ text: clipped }];
  const hits = hitsIn(clipped, pattern);
  const allTogether = hits.some((_, i) => togetherFrom(clipped, hits, i) >= pattern.keys);
  return segments(clipped, marked(hits, pattern.keys, allTogether), 0, clipped.length);
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
  /** Distinct matching words in the window from `first`. */
  distinct: number;
  /** Distinct matching words standing together from `first`. */
  together: number;
  /** The line's hits. */
  hits: Hit[];
}

const better = (a: Cluster, b: Cluster | null) =>
  !b || a.distinct > b.distinct || (a.distinct === b.distinct && a.together > b.together);

/** The first hit of `hits` (one line's) whose window holds the most distinct words, then the most together. */
function bestInLine(text: string, hits: Hit[], lineStart: number, lineEnd: number): Cluster | null {
  let best: Cluster | null = null;
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i] as Hit;
    const keys = new Set<string>();
    for (
      let j = i;
      j < hits.length && (hits[j] as Hit).end <= Math.min(lineEnd, first.start + WINDOW_CHARS);
      j++
    )
      keys.add((hits[j] as Hit).key);
    const cluster = {
      lineStart,
      lineEnd,
      first,
      distinct: keys.size,
      together: togetherFrom(text, hits, i),
      hits,
    };
    if (better(cluster, best)) best = cluster;
  }
  return best;
}

/**
 * The line, and the hit in it, where the query's words stand best: the most distinct words in a
 * window, then the most of them together. Lines are folded and searched one by one, and the search
 * stops at a line holding every word together: minutes of thousands of words are rarely read whole.
 */
function bestCluster(text: string, pattern: HitPattern, lines?: Map<number, string>): Cluster | null {
  let best: Cluster | null = null;
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const hits = lineEnd > lineStart ? hitsIn(text, pattern, lineStart, lineEnd, lines) : [];
    const cluster = hits.length ? bestInLine(text, hits, lineStart, lineEnd) : null;
    if (cluster && better(cluster, best)) best = cluster;
    if (best && complete(best, pattern.keys)) break;
    lineStart = lineEnd + 1;
  }
  return best;
}

export interface Snippet {
  field: SearchField;
  snippet: TextSegment[];
  find: string | null;
  findContext: string | null;
}

function snippetAt(field: SearchField, text: string, cluster: Cluster, keys: number): Snippet {
  const { lineStart, lineEnd, first } = cluster;
  const from = wordStart(text, Math.max(lineStart, first.start - LEAD_CHARS), lineStart);
  const to = wordEnd(text, Math.min(lineEnd, from + WINDOW_CHARS), lineEnd);
  return {
    field,
    snippet: [
      ...(from > lineStart ? [{ text: '…' }] : []),
      ...segments(text, marked(cluster.hits, keys, cluster.together >= keys), from, to),
      ...(to < lineEnd ? [{ text: '…' }] : []),
    ],
    find: text.slice(first.start, first.end),
    findContext: text.slice(
      first.start,
      wordEnd(text, Math.min(lineEnd, first.end + CONTEXT_CHARS), lineEnd),
    ),
  };
}

/** A cluster holding every key of the query, standing together: where a line's search stops. */
const complete = (cluster: Cluster, keys: number) => cluster.distinct >= keys && cluster.together >= keys;

/**
 * Where the query's words occur in the record: the field holding the most of them (the first such).
 * The field shown as the title is used only when no other field holds any, so a snippet adds to the
 * title rather than repeating it. A long text (the minutes, a body, a programme's items) is read only
 * when the shorter fields before it do not already hold every word together — as within a field,
 * whose lines are read only until one does: a meeting found by an attendee's name shows that line
 * without its minutes being read.
 */
export function snippetOf(
  source: SearchSource,
  pattern: HitPattern | null,
  titleField: SearchField | null,
): Snippet {
  let best: { snippet: Snippet; cluster: Cluster } | null = null;
  let titleHit: Snippet | null = null;
  let fallback: Snippet | null = null;
  for (const entry of source.fields) {
    if (entry.column === 'body' && best && pattern && complete(best.cluster, pattern.keys)) break;
    const { field, text, foldedLines } = entry;
    if (!text) continue;
    const cluster = pattern ? bestCluster(text, pattern, foldedLines) : null;
    if (!cluster || !pattern) {
      fallback ??= { field, snippet: [{ text: text.slice(0, WINDOW_CHARS) }], find: null, findContext: null };
      continue;
    }
    if (field === titleField) titleHit = snippetAt(field, text, cluster, pattern.keys);
    else if (better(cluster, best?.cluster ?? null))
      best = { snippet: snippetAt(field, text, cluster, pattern.keys), cluster };
  }
  return (
    best?.snippet ??
    titleHit ??
    fallback ?? { field: source.fields[0]?.field ?? 'title', snippet: [], find: null, findContext: null }
  );
}
