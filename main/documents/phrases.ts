// Vietnamese words are written a syllable at a time, so a space is not a place to break a line: "BAN
// THƯỜNG / VỤ" splits one word. The lines of a signature are cut only between phrases: the authority prefix
// with what follows it, the known compounds of titles and bodies, and a level of government with its place
// name ("TỈNH NGHỆ AN"). Inside a phrase the spaces become non-breaking, so Word cannot split it either.
import { textWidth } from './metrics';

export const NBSP = '\u00a0';

/** Compounds of titles and bodies, in capitals; the longest match wins. */
const COMPOUNDS = [
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
  'ỦY BAN MẶT TRẬN TỔ QUỐC',
  'ỦY BAN MTTQ VIỆT NAM',
  'ỦY BAN MTTQ',
  'MẶT TRẬN TỔ QUỐC VIỆT NAM',
  'MẶT TRẬN TỔ QUỐC',
  'ỦY BAN KIỂM TRA',
  'BAN THƯỜNG VỤ',
  'BAN THƯỜNG TRỰC',
  'THƯỜNG TRỰC',
  'BAN CHẤP HÀNH',
  'BAN CÁN SỰ ĐẢNG',
  'ĐẢNG ĐOÀN',
  'ĐẢNG ỦY KHỐI',
  'ĐẢNG ỦY',
  'ĐẢNG BỘ',
  'CHI BỘ',
  'BAN CHỈ ĐẠO',
  'BAN TỔ CHỨC',
  'BAN TUYÊN GIÁO',
  'BAN DÂN VẬN',
  'BAN NỘI CHÍNH',
  'BAN QUẢN LÝ',
  'KHU KINH TẾ',
  'CÁC CƠ QUAN',
  'DOANH NGHIỆP',
  'TỈNH ỦY',
  'THÀNH ỦY',
  'HUYỆN ỦY',
  'THỊ ỦY',
  'QUẬN ỦY',
  'VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHỦ TỊCH',
  'CHỦ TỊCH',
  'PHÓ BÍ THƯ',
  'BÍ THƯ',
  'PHÓ TRƯỞNG BAN',
  'TRƯỞNG BAN',
  'PHÓ GIÁM ĐỐC',
  'GIÁM ĐỐC',
  'PHÓ CHỦ NHIỆM',
  'CHỦ NHIỆM',
  'THỦ TRƯỞNG',
  'CHỦ TỌA',
  'CHỦ TRÌ',
  'THƯ KÝ',
  'NGƯỜI GHI BIÊN BẢN',
  'HỘI NGHỊ',
  'CHUYỂN ĐỔI SỐ',
  'VIỆT NAM',
].map((c) => c.split(' '));

/** Quyền hạn prefixes: they stay with the word after them. */
const PREFIXES = new Set(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'K/T', 'T/L', 'T/UQ']);
/** A level of government: it and the place name after it (to the end of the line) are one phrase. */
const LEVELS = [
  ['THÀNH', 'PHỐ'],
  ['THỊ', 'XÃ'],
  ['THỊ', 'TRẤN'],
  ['TỈNH'],
  ['HUYỆN'],
  ['QUẬN'],
  ['XÃ'],
  ['PHƯỜNG'],
];
/** Abbreviated bodies that read as one with the level after them: "UBND TỈNH". */
const ABBREVIATED = new Set(['UBND', 'HĐND', 'MTTQ']);

const startsWith = (words: string[], at: number, phrase: string[]) =>
  phrase.every((w, k) => words[at + k]?.toLocaleUpperCase('vi') === w);

/** The phrases of a line, in order; a line may be broken only between them. */
export function phrasesOf(text: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[][] = [];
  for (let i = 0; i < words.length;) {
    const level = LEVELS.find((l) => startsWith(words, i, l));
    if (level) {
      // The level and its place name ("TỈNH NGHỆ AN"); a bare level at the end ("CÁC CƠ QUAN TỈNH") or
      // after an abbreviated body ("UBND TỈNH") stays with the phrase before it.
      const rest = words.slice(i);
      const last = out[out.length - 1];
      const bare = rest.length === level.length;
      if (last && (bare || (last.length === 1 && ABBREVIATED.has(last[0]!.toLocaleUpperCase('vi')))))
        last.push(...rest);
      else out.push(rest);
      break;
    }
    const compound = COMPOUNDS.filter((c) => startsWith(words, i, c)).sort((a, b) => b.length - a.length)[0];
    const size = compound?.length ?? 1;
    out.push(words.slice(i, i + size));
    i += size;
  }
  // A prefix joins the phrase after it.
  for (let i = out.length - 2; i >= 0; i--)
    if (out[i]!.length === 1 && PREFIXES.has(out[i]![0]!)) out.splice(i, 2, [...out[i]!, ...out[i + 1]!]);
  return out.map((phrase) => phrase.join(' '));
}

/** The phrase with non-breaking spaces inside it. */
export const unbreakable = (phrase: string): string => phrase.replace(/ /g, NBSP);

/**
 * A line fitted to `room` twips: one line when it fits, else the fewest lines cut between phrases, balanced
 * like a hand-set block (each line at least as long as the next when that is possible, as even as allowed).
 * Each returned line has non-breaking spaces inside its phrases.
 */
export function fitLine(text: string, size: number, bold: boolean, room: number): string[] {
  const phrases = phrasesOf(text);
  const width = (parts: string[]) => textWidth(parts.join(' '), size, bold);
  if (phrases.length <= 1 || width(phrases) <= room) return [phrases.map(unbreakable).join(' ')];
  let best: { lines: string[][]; score: number } | null = null;
  for (let count = 2; count <= Math.min(4, phrases.length) && !best; count++) {
    for (const cut of cuts(phrases.length, count)) {
      const lines = cut.map(([a, b]) => phrases.slice(a, b));
      const widths = lines.map(width);
      if (Math.max(...widths) > room) continue;
      // Prefer a pyramid (each line no shorter than the next), then the most even lines.
      const inverted = widths.slice(1).filter((w, k) => w > widths[k]!).length;
      const score = inverted * room + Math.max(...widths) - Math.min(...widths);
      if (!best || score < best.score) best = { lines, score };
    }
  }
  // Even single phrases too wide for the room: let Word wrap them at their spaces rather than overflow.
  if (!best) return [phrases.join(' ')];
  return best.lines.map((line) => line.map(unbreakable).join(' '));
}

/** Every way of cutting `n` items into `count` non-empty consecutive runs, as [start, end) pairs. */
function* cuts(n: number, count: number, from = 0): Generator<[number, number][]> {
  if (count === 1) {
    yield [[from, n]];
    return;
  }
  for (let end = from + 1; end <= n - count + 1; end++)
    for (const rest of cuts(n, count - 1, end)) yield [[from, end], ...rest];
}
