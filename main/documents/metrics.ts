// Advance widths of Times New Roman (from Liberation Serif, which has the same metrics), in 1/1000 em,
// for the characters 32–126 then Đ, đ. Used to size the short drawn lines to the text they go under.

const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 722, 500,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 722, 556,
];

/** A letter with diacritics is as wide as its base letter in Times New Roman. */
function baseIndex(ch: string): number {
  if (ch === 'Đ') return 95;
  if (ch === 'đ') return 96;
  const code = ch.normalize('NFD').codePointAt(0) ?? 32;
  return code >= 32 && code <= 126 ? code - 32 : 0;
}

/** Width of `text` set in Times New Roman at `size` pt, in twips. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += table[baseIndex(ch)] ?? 500;
  return Math.round((units / 1000) * size * 20);
}

/** How many lines `text` takes when wrapped at its spaces into `width` twips (greedy, as Word does). */
export function wrappedLineCount(text: string, size: number, bold: boolean, width: number): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  let lines = 1;
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (current && textWidth(next, size, bold) > width) {
      lines++;
      current = word;
    } else current = next;
  }
  return lines;
}
