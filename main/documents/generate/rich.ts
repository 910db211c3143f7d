// Rich-text builders for generated drafts: the JSON Tiptap itself would store.
import type { RichTextNode } from '../../../shared/rich-text';

export const text = (value: string, bold = false): RichTextNode =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value };

export const para = (...content: (string | RichTextNode)[]): RichTextNode => ({
  type: 'paragraph',
  attrs: { textAlign: 'justify' },
  content: content.filter((c) => c !== '').map((c) => (typeof c === 'string' ? text(c) : c)),
});

export const heading = (value: string, level = 1): RichTextNode => ({
  type: 'heading',
  attrs: { level, textAlign: 'left' },
  content: [text(value)],
});

export const orderedList = (items: RichTextNode[][]): RichTextNode => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((content) => ({ type: 'listItem', content })),
});

/** The blocks of a stored rich text (its `doc` unwrapped). */
export const blocksOf = (doc: RichTextNode | null | undefined): RichTextNode[] =>
  doc ? (doc.type === 'doc' ? (doc.content ?? []) : [doc]) : [];

/** `ngày 05 tháng 01 năm 2024` (same zero rule as the date line). */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const two = (n: number) => String(n).padStart(2, '0');
  return `ngày ${d < 10 ? two(d) : d} tháng ${m < 3 ? two(m) : m} năm ${y}`;
}

/** `14 giờ 00` from a stored instant (always written in Vietnam time). */
export const clockTime = (instant: string): string =>
  `${Number(instant.slice(11, 13))} giờ ${instant.slice(14, 16)}`;

/** `30/6/2019` for deadlines in running text. */
export const shortDate = (isoDate: string): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};

export const lowerFirst = (s: string): string => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);
export const upperFirst = (s: string): string => (s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s);
