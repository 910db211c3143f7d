// Body tables as real Word tables: single borders, Times New Roman, header cells bold and centred.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { inlineRuns, UnknownNodeError, type BodyContext } from './inline';
import { textWidth } from '../metrics';
import { runOptions } from './text';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cellParagraphs(ctx: BodyContext, cell: RichTextNode, path: string, header: boolean): Paragraph[] {
  const style = ctx.rules.body.tableText;
  const blocks = cell.content?.length ? cell.content : [{ type: 'paragraph' }];
  return blocks.map((child, i) => {
    if (child.type !== 'paragraph' && child.type !== 'heading') {
      if (ctx.onUnknown === 'refuse') throw new UnknownNodeError(child.type, `${path}.content[${i}]`);
      ctx.log(`Giữ nguyên chữ của nút "${child.type}" trong bảng (${path}).`);
    }
    const runs = inlineRuns(
      ctx,
      child.content,
      { size: style.size * 2, ...(header ? { bold: true } : {}) },
      `${path}.content[${i}]`,
    );
    return new Paragraph({
      alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
      run: runOptions(ctx.rules, style),
      children: runs,
    });
  });
}

const CELL_MARGIN = 80;
const header = (cell: RichTextNode) => cell.type === 'tableHeader';

/** Narrowest column, in twips (about 1.2 cm: "TT" and a two-digit number at 13 pt). */
const MIN_COLUMN = 700;

/**
 * Column widths: the editor's own (`colwidth`, in pixels) when every column has one, else shares by the
 * average text length of each column, so a "Nội dung" column is wide and a "TT" column narrow.
 */
function columnWidths(rows: RichTextNode[], columns: number, width: number, size: number): number[] {
  const given: (number | undefined)[] = Array.from({ length: columns }, () => undefined);
  const lengths = Array.from({ length: columns }, () => [] as number[]);
  const minimum = Array.from({ length: columns }, () => MIN_COLUMN);
  for (const row of rows) {
    let c = 0;
    for (const cell of row.content ?? []) {
      const span = Number(cell.attrs?.colspan ?? 1);
      const colwidth = cell.attrs?.colwidth;
      if (span === 1 && Array.isArray(colwidth) && typeof colwidth[0] === 'number') given[c] = colwidth[0];
      if (span === 1) {
        const plain = richTextToPlain(cell);
        lengths[c]?.push(plain.length);
        // The longest word must fit on a line of its own: a column never breaks inside a word.
        const longest = Math.max(0, ...plain.split(/\s+/).map((w) => textWidth(w, size, header(cell))));
        minimum[c] = Math.max(minimum[c] ?? MIN_COLUMN, longest + 2 * CELL_MARGIN + 40);
      }
      c += span;
    }
  }
  const weights = given.every((g) => g !== undefined)
    ? (given as number[])
    : lengths.map((l) => Math.min(120, Math.max(3, l.reduce((a, b) => a + b, 0) / Math.max(1, l.length))));
  const total = weights.reduce((a, b) => a + b, 0);
  // Each column gets its share, at least its minimum; what that overshoots is taken from the columns above
  // their minimum, in proportion to their slack.
  const wanted = weights.map((w, i) => Math.max(minimum[i] ?? MIN_COLUMN, (w / total) * width));
  const over = wanted.reduce((a, b) => a + b, 0) - width;
  const slack = wanted.map((w, i) => w - (minimum[i] ?? MIN_COLUMN));
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  const fitted =
    over <= 0 || totalSlack < over
      ? wanted.map((w) => (w * width) / (width + over))
      : wanted.map((w, i) => w - (over * (slack[i] ?? 0)) / totalSlack);
  return fitted.map((w) => Math.floor(w));
}

export function buildTable(ctx: BodyContext, node: RichTextNode, path: string): Table {
  const rows = (node.content ?? []).filter((r) => r.type === 'tableRow');
  const columns = Math.max(
    1,
    ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + Number(c.attrs?.colspan ?? 1), 0)),
  );
  const widths = columnWidths(rows, columns, ctx.width, ctx.rules.body.tableText.size);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map((row, r) => {
      const cells = row.content ?? [];
      let column = 0;
      return new TableRow({
        // A row of header cells repeats at the top of each page the table runs onto.
        tableHeader: cells.length > 0 && cells.every((c) => c.type === 'tableHeader'),
        children: cells.map((cell, c) => {
          const span = Number(cell.attrs?.colspan ?? 1);
          const rowSpan = Number(cell.attrs?.rowspan ?? 1);
          const cellWidth = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return new TableCell({
            width: { size: cellWidth, type: WidthType.DXA },
            margins: { left: CELL_MARGIN, right: CELL_MARGIN },
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(rowSpan > 1 ? { rowSpan } : {}),
            children: cellParagraphs(
              ctx,
              cell,
              `${path}.content[${r}].content[${c}]`,
              cell.type === 'tableHeader',
            ),
          });
        }),
      });
    }),
  });
}
