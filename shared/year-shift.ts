// Moving a programme's text to the next year: "năm 2019" → "năm 2020", "Quý IV/2019" → "Quý IV/2020",
// "kết quả năm 2018" → "kết quả năm 2019". Years of a span ("nhiệm kỳ 2015 - 2020", "2019-2021") and of a
// document number ("30/2020/NĐ-CP") name fixed things and stay as they are.
import type { RichTextNode } from './rich-text';

const YEAR_RE = /(?<!\d)(\d{4})(?!\d)/g;
const SPAN_BEFORE = /\d{4}\s*[-–—]\s*$/;
const SPAN_AFTER = /^\s*[-–—]\s*\d{4}/;
const DOCUMENT_NUMBER_AFTER = /^\/[A-ZĐ]/;

/** Shifts by `by` every year from `year - 1` to `year + 1` that is not part of a span or a document number. */
export function shiftYears(text: string, year: number, by = 1): { text: string; changes: number } {
  let changes = 0;
  const out = text.replace(YEAR_RE, (match: string, digits: string, offset: number) => {
    const value = Number(digits);
    if (Math.abs(value - year) > 1) return match;
    const before = text.slice(Math.max(0, offset - 12), offset);
    const after = text.slice(offset + 4, offset + 16);
    if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after) || DOCUMENT_NUMBER_AFTER.test(after)) return match;
    changes++;
    return String(value + by);
  });
  return { text: out, changes };
}

/** The same for every text node of a rich text (a copy; the input is not changed). */
export function shiftYearsInRichText(
  node: RichTextNode,
  year: number,
  by = 1,
): { node: RichTextNode; changes: number } {
  let changes = 0;
  const visit = (n: RichTextNode): RichTextNode => {
    const copy: RichTextNode = { ...n };
    if (typeof n.text === 'string') {
      const shifted = shiftYears(n.text, year, by);
      changes += shifted.changes;
      copy.text = shifted.text;
    }
    if (n.content) copy.content = n.content.map(visit);
    return copy;
  };
  return { node: visit(node), changes };
}
