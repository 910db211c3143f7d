// Worksheets of thousands of rows, written in linear time with a small constant. exceljs builds a model
// per cell and renders each through its xform tree (≈ 50 µs a cell: 60,000 cells took most of a second).
// So exceljs writes the workbook with one real data row, the template, and everything around it (header,
// totals at their final row numbers, filters, merges); the template row's XML is then replaced by the
// real rows, each cell keeping the style id exceljs gave the template's cell in its column. Text goes in
// as inline strings (`t="inlineStr"`), which Excel, LibreOffice and exceljs all read.
import { strFromU8, unzipSync } from 'fflate/browser';
import { xmlText } from './parts/paragraph-xml';
import { Utf8Sink } from './utf8-sink';
import { zipWithZlib } from './zip';

/** A cell's value: text, a number (an Excel date is its serial day), or nothing. */
export type SheetValue = string | number | null;

/** Excel's serial day of a calendar date `YYYY-MM-DD` (days since 1899-12-30, no time zone). */
export const excelSerial = (date: string): number =>
  (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A, B, … Z, AA… for column `index` (0-based). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(ref: string, style: string, value: SheetValue): string {
  if (value === null || value === '') return `<c r="${ref}"${style}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${style}><v>${value}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/**
 * The .xlsx (as exceljs wrote it) with row `templateRow` of `sheetPath` replaced by `rows`, numbered from
 * the template's number on. The caller lays out everything after them at their final row numbers.
 */
export function spliceSheetRows(
  xlsx: Uint8Array,
  sheetPath: string,
  templateRow: number,
  rows: Iterable<readonly SheetValue[]>,
): Buffer {
  const files = unzipSync(xlsx);
  const part = files[sheetPath];
  if (!part) throw new Error(`sheet rows: the package has no ${sheetPath}`);
  const xml = strFromU8(part);
  const start = xml.indexOf(`<row r="${templateRow}"`);
  const end = xml.indexOf('</row>', start);
  if (start < 0 || end < 0) throw new Error(`sheet rows: template row ${templateRow} is missing`);
  const template = xml.slice(start, end);
  const open = template.slice(0, template.indexOf('>') + 1);
  // Each template cell's style attribute, by column.
  const styles: string[] = [];
  for (const m of template.matchAll(/<c r="([A-Z]+)\d+"( s="\d+")?/g)) styles.push(m[2] ?? '');
  const names = styles.map((_, i) => columnName(i));

  const out = new Utf8Sink(part.length * 4);
  out.write(xml.slice(0, start));
  let r = templateRow;
  for (const values of rows) {
    let row = open.replace(`r="${templateRow}"`, `r="${r}"`);
    for (let i = 0; i < styles.length; i++)
      row += cellXml(`${names[i] ?? ''}${r}`, styles[i] ?? '', values[i] ?? null);
    out.write(`${row}</row>`);
    r++;
  }
  out.write(xml.slice(end + '</row>'.length));
  files[sheetPath] = out.bytes();
  return zipWithZlib(files);
}
