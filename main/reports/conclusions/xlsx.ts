// The báo cáo's table as an Excel workbook (exceljs): real cells under Vietnamese headers, deadlines and
// meeting days as dates shown dd/mm/yyyy, set column widths, the header row frozen with a filter on it,
// and totals as formulas (with their values, so a reader that does not calculate still sees them).
import ExcelJS from 'exceljs';
import { excelSerial, spliceSheetRows, type SheetValue } from '../../documents/sheet-rows';
import { dmy, reportStatusLabels, reportSummary, type ConclusionReportData } from './data';

export const XLSX_HEADINGS = [
  'STT',
  'Nội dung',
  'Chủ trì',
  'Phối hợp',
  'Thời hạn',
  'Kết quả',
  'Ghi chú',
  'Tình trạng',
  'Cuộc họp',
  'Ngày họp',
  'Lãnh đạo chủ trì cuộc họp',
] as const;
const WIDTHS = [6, 60, 28, 28, 12, 40, 18, 18, 45, 12, 26];
/** The header row: a title, the period and the day the figures were taken come first. */
export const XLSX_HEADER_ROW = 5;

const FONT = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const borders = { top: thin, left: thin, bottom: thin, right: thin };

// One style object per kind of cell, shared by reference (never changed after): exceljs recognises a
// style object it has seen (a WeakMap) and skips serializing it again to find its id, which it otherwise
// does for every cell (≈ 0.2 ms each, most of the time of a year's report).
const TEXT_STYLE: Partial<ExcelJS.Style> = {
  font: FONT,
  border: borders,
  alignment: { vertical: 'top', wrapText: true },
};
const CENTER_STYLE: Partial<ExcelJS.Style> = {
  ...TEXT_STYLE,
  alignment: { horizontal: 'center', vertical: 'top' },
};
const DATE_STYLE: Partial<ExcelJS.Style> = { ...CENTER_STYLE, numFmt: 'dd/mm/yyyy' };
/** STT centred, the deadline and the meeting's day as dates, the rest wrapped text. */
const COLUMN_STYLES = WIDTHS.map((_, i) =>
  i === 0 ? CENTER_STYLE : i === 4 || i === 9 ? DATE_STYLE : TEXT_STYLE,
);

export async function conclusionReportXlsx(data: ConclusionReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sổ Họp';
  book.created = new Date(`${data.today}T00:00:00Z`);
  // Excel recalculates the totals on opening; the values written with them serve readers that do not.
  book.calcProperties.fullCalcOnLoad = true;
  const sheet = book.addWorksheet('Báo cáo', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: XLSX_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const last = XLSX_HEADINGS.length;
  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, last);
    const c = sheet.getCell(row, 1);
    c.value = text;
    c.font = { ...FONT, ...font };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  banner(1, 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾT LUẬN', { size: 14, bold: true });
  banner(2, reportSummary(data), { bold: true });
  banner(3, `Số liệu tính đến ngày ${dmy(data.today)}`, { italic: true });

  const header = sheet.getRow(XLSX_HEADER_ROW);
  header.values = [...XLSX_HEADINGS];
  header.font = { ...FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((c) => {
    c.border = borders;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });

  const first = XLSX_HEADER_ROW + 1;
  const values = data.lines.map((l): SheetValue[] => [
    l.stt,
    l.text,
    l.lead,
    l.support,
    l.dueDate ? excelSerial(l.dueDate) : null,
    l.progress,
    l.note,
    reportStatusLabels[l.status],
    l.meetingTitle,
    excelSerial(l.meetingDate),
    l.chairName,
  ]);
  // exceljs writes the first data row as a template, empty cells that give each column its style; the
  // rows are stamped from it into the sheet's XML (main/documents/sheet-rows.ts).
  const template = sheet.getRow(first);
  for (let col = 1; col <= last; col++) template.getCell(col).style = COLUMN_STYLES[col - 1] ?? TEXT_STYLE;
  const end = first + Math.max(data.lines.length, 1) - 1;
  sheet.autoFilter = { from: { row: XLSX_HEADER_ROW, column: 1 }, to: { row: end, column: last } };

  // Totals under the table: each a formula over the rows, with the value the report computed.
  const t = data.totals;
  const status = (label: string) => `COUNTIF(H${first}:H${end},"${label}")`;
  const totals: [string, string, number][] = [
    ['Tổng số nhiệm vụ', `COUNT(A${first}:A${end})`, t.total],
    ['Đã hoàn thành', status(reportStatusLabels.done), t.done],
    ['Quá hạn chưa hoàn thành', `COUNTIF(G${first}:G${end},"Quá hạn*")`, t.overdue],
    ['Không thực hiện (đã hủy)', status(reportStatusLabels.cancelled), t.cancelled],
  ];
  const top = end + 2;
  totals.forEach(([label, formula, result], i) => {
    const row = sheet.getRow(top + i);
    row.getCell(2).value = label;
    row.getCell(3).value = { formula, result };
    row.font = { ...FONT, bold: true };
  });
  // Đang thực hiện trong hạn: what is left of the total.
  const onTrack = sheet.getRow(top + totals.length);
  onTrack.getCell(2).value = 'Đang thực hiện trong hạn';
  onTrack.getCell(3).value = {
    formula: `C${top}-C${top + 1}-C${top + 2}-C${top + 3}`,
    result: t.onTrack,
  };
  onTrack.font = { ...FONT, bold: true };
  // exceljs deflates in JavaScript (JSZip): stored here, the splice zips with Node's zlib.
  const stored: unknown = await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const bytes = stored instanceof Uint8Array ? stored : new Uint8Array(stored as ArrayBuffer);
  return spliceSheetRows(bytes, 'xl/worksheets/sheet1.xml', first, values);
}
