// Words as full-text search sees them, for the index (main) and for finding a hit on screen (renderer).
// Two keys per word: the folded key (no tones, no marks, đ → d, lower case: `Đô` → `do`) that every
// search matches on, and the exact key (lower case, accents kept, tone placed one way: `hoà` and `hòa`
// → `hoà`) that ranks a query typed with accents towards the words written exactly so.
import { foldVietnamese } from './vietnamese';

/** A word: a letter or digit, then letters, digits and combining marks (text is NFC, marks are rare). */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

// Folding runs over every word of ten years of minutes: remember the words already seen.
const CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();
const exactCache = new Map<string, string>();

function cached(cache: Map<string, string>, word: string, compute: (w: string) => string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const value = compute(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
}

/** `Nguyễn` → `nguyen`, `ĐÔ` → `do`: the key every search matches on. */
export function foldWord(word: string): string {
  return cached(foldCache, word, foldedText);
}

/** `Hoà`, `hòa` → `hoà`; `Đô` → `đô`: the word's key in the exact index (see `exactText`). */
export function exactWord(word: string): string {
  return cached(exactCache, word, exactText);
}

/** True when the word carries any mark a folded key drops (tone, vowel shape, đ). */
export function hasAccents(word: string): boolean {
  return foldWord(word) !== word.toLowerCase();
}

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Every word of `text` with where it starts and ends (UTF-16 offsets). */
export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD_PATTERN))
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

// Folding ten years of minutes letter by letter through NFD and a regex is slow: a table maps every
// letter of the Latin blocks (Vietnamese included) to its folded form once, and the rest of a text is
// copied; anything outside the table goes through `foldVietnamese` letter by letter.
const TABLE_END = 0x2000;
let foldTable: string[] | null = null;

function table(): string[] {
  if (foldTable) return foldTable;
  foldTable = Array.from({ length: TABLE_END }, (_, code) => {
    const char = String.fromCharCode(code);
    if (code < 0x80 || /\s/u.test(char)) return char.toLowerCase();
    const folded = foldVietnamese(char);
    // A combining mark alone folds to nothing; keep it out so words stay words.
    return folded === '' ? '' : folded;
  });
  return foldTable;
}

/** The text the folded index holds: the same as `foldVietnamese` word for word, much faster. */
export function foldedText(text: string): string {
  const map = table();
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) {
      out += text.slice(start, i) + String.fromCharCode(code + 32);
      start = i + 1;
    } else if (code >= 0x80) {
      const folded = code < TABLE_END ? (map[code] as string) : foldVietnamese(text.charAt(i));
      out += text.slice(start, i) + folded;
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/**
 * Folds letter by letter keeping every offset: a letter whose folded form is not one letter stays as it
 * is (lower case). Hits found in this text are at the same offsets in the original.
 */
export function foldAligned(text: string): string {
  const map = table();
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) {
      out += text.slice(start, i) + String.fromCharCode(code + 32);
      start = i + 1;
    } else if (code >= 0x80) {
      const folded = code < TABLE_END ? (map[code] as string) : '';
      out += text.slice(start, i) + (folded.length === 1 ? folded : text.charAt(i));
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/** Open `oa`, `oe`, `uy` with the tone on the first vowel (old placement: hòa, ủy). */
const OLD_PLACEMENT = /([òóỏõọ][ae]|[ùúủũụ]y)(?![\p{L}\p{M}])/gu;

/**
 * The text the exact index holds: lower case, tones placed the new way (`hòa` → `hoà`, `ủy` → `uỷ`), so
 * either way of writing a word gives one key. Accents stay: `đô` and `do` are different keys here.
 */
export function exactText(text: string): string {
  return text.toLowerCase().replace(OLD_PLACEMENT, (pair) => {
    const marks = pair.normalize('NFD');
    return (marks.charAt(0) + marks.slice(2) + marks.charAt(1)).normalize('NFC');
  });
}
