// Generated Vietnamese prose: sentences of administrative phrases and function words, districts and a
// long tail of rare names, in either tone placement (old `hòa`, `ủy` or new `hoà`, `uỷ`).
import type { RichTextNode } from '../../shared/rich-text';
import { createRandom, type Random } from './random';
import { DISTRICTS, FUNCTION_WORDS, ONSETS, PHRASES, RIMES } from './vocabulary';

export type ToneStyle = 'old' | 'new';

/** Moves a tone from the first vowel of an open `oa`, `oe` or `uy` to the second: hòa → hoà, ủy → uỷ. */
const OPEN_PAIR = /([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}])/gu;

export function withToneStyle(text: string, style: ToneStyle): string {
  if (style === 'old') return text;
  return text.replace(OPEN_PAIR, (pair) => {
    const first = pair.normalize('NFD');
    const tone = first.charAt(1);
    return (first.charAt(0) + first.slice(2) + tone).normalize('NFC');
  });
}

/** A rare two-syllable name (a commune, a project): most occur in a handful of records. */
export function rareName(r: Random): string {
  const syllable = () => r.pick(ONSETS) + r.pick(RIMES);
  const word = `${syllable()} ${syllable()}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The office's vocabulary, commonest first: the administrative phrases, then a long tail of two-syllable
 * words. Drawn with Zipf frequencies, a word far down the list occurs in a few percent of the minutes,
 * as most words of real minutes do; the first ones occur in all of them.
 */
export const VOCABULARY: readonly string[] = (() => {
  const r = createRandom(7);
  const tail = new Set<string>();
  while (tail.size < 6_000) tail.add(`${r.pick(ONSETS)}${r.pick(RIMES)} ${r.pick(ONSETS)}${r.pick(RIMES)}`);
  return [...PHRASES, ...tail];
})();

/** One sentence of about `words` words; `topic` phrases (the meeting's subject) come up often. */
export function sentence(r: Random, words: number, topic: readonly string[] = []): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const roll = r.next();
    let part: string;
    if (roll < 0.06 && topic.length) part = r.pick(topic);
    else if (roll < 0.58) part = r.zipf(VOCABULARY);
    else if (roll < 0.9) part = r.zipf(FUNCTION_WORDS);
    else if (roll < 0.95) part = r.pick(DISTRICTS);
    else if (roll < 0.975) part = rareName(r);
    else part = String(r.int(2) ? 2000 + r.int(30) : r.int(100) + 1);
    parts.push(part);
    count += part.split(' ').length;
  }
  return `${capitalize(parts.join(' '))}.`;
}

export function paragraph(r: Random, sentences: number, topic: readonly string[] = []): string {
  return Array.from({ length: sentences }, () => sentence(r, 10 + r.int(16), topic)).join(' ');
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Rich text of about `words` words: headed sections of paragraphs, as minutes are written. */
export function richProse(
  r: Random,
  words: number,
  style: ToneStyle,
  topic: readonly string[] = [],
): RichTextNode {
  const content: RichTextNode[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count === 0 || r.chance(0.12)) {
      const heading = `${ROMAN[section % ROMAN.length]}. ${capitalize(r.pick([...topic, r.zipf(PHRASES)]))} ${r.zipf(PHRASES)}`;
      section++;
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: withToneStyle(heading, style) }],
      });
    }
    const text = withToneStyle(paragraph(r, 3 + r.int(4), topic), style);
    count += text.split(' ').length;
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc', content };
}

export function richLine(text: string): RichTextNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
