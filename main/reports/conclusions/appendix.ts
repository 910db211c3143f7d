// The report's appendix table STT | Nội dung | Chủ trì | Phối hợp | Thời hạn | Kết quả | Ghi chú: a bold
// row per meeting, a row per task, the totals. A year holds thousands of tasks, so docx lays out the
// header, the totals and one template row of each kind, and the rows are stamped from the templates
// (main/documents/stamped-rows.ts). Cells take their font, size and spacing from one paragraph style
// and their margins from the table, so a row is about 1.5 kB of XML instead of 5.
import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  type Table,
  TableCell,
  TableRow,
  TextRun,
  type IParagraphStyleOptions,
} from 'docx';
import type { RowStamper, StampRow } from '../../documents/stamped-rows';
import type { RuleSet } from '../../documents/rules';
import { dmy, reportStatusLabels, type ConclusionReportData, type ReportLine } from './data';
import { roman } from '../../documents/parts/headings';
import { gridTable } from '../../documents/parts/table';

/** The paragraph style of the table's text: the rule's font one size under the body, 2 pt above and below. */
export const APPENDIX_STYLE = 'BaoCaoPhuLuc';

export function appendixStyle(rules: RuleSet): IParagraphStyleOptions {
  const t = rules.body.tableText;
  return {
    id: APPENDIX_STYLE,
    name: 'Bảng phụ lục báo cáo',
    run: { font: rules.font, size: t.size * 2, bold: t.bold, italics: t.italic, color: '000000' },
    paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
  };
}

const CELL_MARGIN = 80;
/** Landscape A4 width less the margins, shared out: Nội dung widest, then Kết quả, the units. */
const COLUMN_SHARES = [0.055, 0.29, 0.14, 0.13, 0.11, 0.175, 0.1];
const HEADINGS = ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Kết quả', 'Ghi chú'];
const COLUMNS = HEADINGS.length;

interface CellLook {
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
  span?: number;
}

/** A cell of the table; its width comes from the table's columns (docx writes it from `columnWidths`). */
function cell(text: string, look: CellLook = {}): TableCell {
  return new TableCell({
    ...(look.span ? { columnSpan: look.span } : {}),
    children: text.split('\n').map(
      (part) =>
        new Paragraph({
          style: APPENDIX_STYLE,
          ...(look.center ? { alignment: AlignmentType.CENTER } : {}),
          children: [
            new TextRun({
              text: part.normalize('NFC'),
              ...(look.bold ? { bold: true } : {}),
              ...(look.italic ? { italics: true } : {}),
            }),
          ],
        }),
    ),
  });
}

/** The look of each cell of a meeting row and of a task row (the note in italics when overdue). */
const meetingLooks: CellLook[] = [
  { bold: true, center: true },
  { bold: true, span: COLUMNS - 1 },
];
const taskLooks = (overdue: boolean): CellLook[] =>
  HEADINGS.map((_, i) => ({ center: i === 0 || i === 4, italic: i === COLUMNS - 1 && overdue }));
const KINDS = { meeting: meetingLooks, task: taskLooks(false), overdue: taskLooks(true) } as const;
type RowKind = keyof typeof KINDS;

function resultText(l: ReportLine): string {
  return l.progress ? `${reportStatusLabels[l.status]}.\n${l.progress}` : reportStatusLabels[l.status];
}

/** The rows between the header and the totals: a row for each meeting, then one for each of its tasks. */
export function* appendixRows(data: ConclusionReportData): Generator<StampRow> {
  let meeting = '';
  let group = 0;
  for (const l of data.lines) {
    if (l.meetingId !== meeting) {
      meeting = l.meetingId;
      group++;
      const chair = l.chairName ? ` (đồng chí ${l.chairName} chủ trì)` : '';
      yield {
        kind: 'meeting' satisfies RowKind,
        cells: [roman(group), `${l.meetingTitle}, ngày ${dmy(l.meetingDate)}${chair}`],
      };
    }
    yield {
      kind: (l.overdue ? 'overdue' : 'task') satisfies RowKind,
      cells: [
        String(l.stt),
        l.text,
        l.lead,
        l.support,
        l.dueDate ? dmy(l.dueDate) : '',
        resultText(l),
        l.note,
      ],
    };
  }
}

/**
 * The table as docx lays it out: the header row (repeated on each page), one template row of each kind
 * for `stamper` (replaced by `appendixRows` once packed), and the totals.
 */
export function appendixTable(data: ConclusionReportData, width: number, stamper: RowStamper): Table {
  const widths = COLUMN_SHARES.map((s) => Math.floor(s * width));
  const templates = Object.entries(KINDS).map(
    ([kind, looks]) =>
      new TableRow({
        ...(kind === 'meeting' ? { cantSplit: true } : {}),
        children: looks.map((look, i) => cell(stamper.marker(kind, i, looks.length), look)),
      }),
  );
  const t = data.totals;
  return gridTable(widths, CELL_MARGIN, [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: HEADINGS.map((h) => cell(h, { bold: true, center: true })),
    }),
    ...templates,
    new TableRow({
      cantSplit: true,
      children: [
        cell(''),
        cell(
          `Tổng số: ${t.total} nhiệm vụ; đã hoàn thành: ${t.done}; đang thực hiện trong hạn: ${t.onTrack}; quá hạn: ${t.overdue}; đã hủy: ${t.cancelled}.`,
          { bold: true, span: COLUMNS - 1 },
        ),
      ],
    }),
  ]);
}
