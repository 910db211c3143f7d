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

/** `Label: value` with the label in bold, the value as given (or `…` to fill in). */
export const labelled = (label: string, value: string): RichTextNode =>
  para(text(`${label}: `, true), value.trim() || '…');

export const bulletList = (items: string[]): RichTextNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [para(item)] })),
});

const cell = (value: string, header: boolean): RichTextNode => ({
  type: header ? 'tableHeader' : 'tableCell',
  attrs: { colspan: 1, rowspan: 1 },
  content: [{ type: 'paragraph', content: value ? [text(value)] : [] }],
});

/** A table with a header row (repeated on every page by the exporter) and rows of plain text. */
export const tableOf = (header: string[], rows: string[][]): RichTextNode => ({
  type: 'table',
  content: [header, ...rows].map((values, i) => ({
    type: 'tableRow',
    content: values.map((v) => cell(v, i === 0)),
  })),
});

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** `Thứ Ba, ngày 09/01/2024` from a stored instant or date (the day in Vietnam time, as stored). */
export function weekdayDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${weekday}, ngày ${shortDate(isoDate.slice(0, 10))}`;
}

/** `14 giờ 00 phút`, as a giấy mời writes the time. */
export const clockTimeFull = (instant: string): string => `${clockTime(instant)} phút`;

/** `A, B và C`. */
export const joinAnd = (names: string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}` : (names[0] ?? '');
