// Body tables as real Word tables: single borders, Times New Roman, header cells bold and centred. The
// header row repeats on every page, a row never splits across pages, and the columns share the text
// width (fixed layout, so Word never widens them past the margins).
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { MAX_ROW_SPAN, MAX_TABLE_COLUMNS } from '../../../shared/editor-schema';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { inlineRuns, runFormat, type BodyContext } from './inline';
import { textWidth } from '../metrics';
import type { Justification } from './paragraph-xml';
import { RawParagraph } from './raw-paragraph';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Single ½ pt black lines around and between every cell: the tables of documents and reports alike. */
export const TABLE_BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};
/**
 * A report's table over a fixed grid (the conclusions report's appendix, the weekly schedule): the
 * columns' widths in twips, the documents' borders, `cellMargin` twips left and right in every cell.
 */
export function gridTable(widths: number[], cellMargin: number, rows: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: cellMargin, right: cellMargin },
    borders: TABLE_BORDERS,
    rows,
  });
}

const cellAligns: ReadonlyMap<unknown, Justification> = new Map([
  ['left', 'left'],
  ['center', 'center'],
  ['right', 'right'],
]);

/** Builds a block that is not a paragraph (a list, a rule, a nested table) with the body's own map. */
export type BlockBuilder = (node: RichTextNode, path: string) => (Paragraph | Table)[];

function cellBlocks(
  ctx: BodyContext,
  cell: RichTextNode,
  path: string,
  header: boolean,
  otherBlock: BlockBuilder,
  keepNext: boolean,
): (Paragraph | Table)[] {
  const style = ctx.rules.body.tableText;
  const alignment = cellAligns.get(cell.attrs?.align) ?? (header ? 'center' : 'left');
  const blocks = cell.content?.length ? cell.content : [{ type: 'paragraph' }];
  const out = blocks.flatMap((child, i) => {
    const at = `${path}.content[${i}]`;
    if (child.type !== 'paragraph' && child.type !== 'heading') return otherBlock(child, at);
    const runs = inlineRuns(
      ctx,
      child.content,
      { size: style.size * 2, ...(header ? { bold: true } : {}) },
      at,
    );
    return [
      new RawParagraph(
        {
          keepNext,
          spacing: { before: 40, after: 40, line: 240, lineRule: 'auto' },
          alignment,
          run: runFormat(ctx.rules, style),
        },
        runs,
      ),
    ];
  });
  // A cell must end with a paragraph (a nested table alone is not a valid cell).
  return out[out.length - 1] instanceof Paragraph ? out : [...out, new Paragraph({})];
}

const CELL_MARGIN = 80;
const header = (cell: RichTextNode) => cell.type === 'tableHeader';

/** Narrowest column, in twips (about 1.2 cm: "TT" and a two-digit number at 13 pt). */
const MIN_COLUMN = 700;

/** Columns of a table: the widest row, counting spans (bounded as the schema bounds a span). */
function columnCount(rows: RichTextNode[]): number {
  const widest = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c), 0)));
  return Math.min(widest, MAX_TABLE_COLUMNS);
}
const span = (cell: RichTextNode) =>
  Math.min(MAX_TABLE_COLUMNS, Math.max(1, Number(cell.attrs?.colspan) || 1));
const rowsOf = (node: RichTextNode) => (node.content ?? []).filter((r) => r.type === 'tableRow');

/** More columns than this turn the page to landscape (a portrait A4 page holds 7 readable columns at 13 pt). */
export const LANDSCAPE_COLUMNS = 7;

/** A table of more than 7 columns, or whose longest words cannot fit across a portrait page. */
export function needsLandscape(ctx: BodyContext, node: RichTextNode): boolean {
  const rows = rowsOf(node);
  const columns = columnCount(rows);
  if (columns > LANDSCAPE_COLUMNS) return true;
  const minimum = columnMinimums(rows, columns, ctx.rules.body.tableText.size);
  return minimum.reduce((a, b) => a + b, 0) > ctx.width;
}

/** The narrowest each column may be: its longest word on a line of its own, never less than MIN_COLUMN. */
function columnMinimums(rows: RichTextNode[], columns: number, size: number): number[] {
  const minimum = Array.from({ length: columns }, () => MIN_COLUMN);
  for (const row of rows) {
    let c = 0;
    for (const cell of row.content ?? []) {
      if (span(cell) === 1 && c < columns) {
        const longest = Math.max(
          0,
          ...richTextToPlain(cell)
            .split(/\s+/)
            .map((w) => textWidth(w, size, header(cell))),
        );
        minimum[c] = Math.max(minimum[c] ?? MIN_COLUMN, longest + 2 * CELL_MARGIN + 40);
      }
      c += span(cell);
    }
  }
  return minimum;
}

/**
 * Column widths: the editor's own (`colwidth`, in pixels) when every column has one, else shares by the
 * average text length of each column, so a "Nội dung" column is wide and a "TT" column narrow.
 */
function columnWidths(rows: RichTextNode[], columns: number, width: number, size: number): number[] {
  const given: (number | undefined)[] = Array.from({ length: columns }, () => undefined);
  const lengths = Array.from({ length: columns }, () => [] as number[]);
  for (const row of rows) {
    let c = 0;
    for (const cell of row.content ?? []) {
      const colwidth = cell.attrs?.colwidth;
      if (span(cell) === 1 && c < columns) {
        if (Array.isArray(colwidth) && typeof colwidth[0] === 'number' && colwidth[0] > 0)
          given[c] = colwidth[0];
        lengths[c]?.push(richTextToPlain(cell).length);
      }
      c += span(cell);
    }
  }
  // The longest word must fit on a line of its own: a column never breaks inside a word.
  const minimum = columnMinimums(rows, columns, size);
  const weights = given.every((g) => g !== undefined)
    ? (given as number[])
    : lengths.map((l) => Math.min(120, Math.max(3, l.reduce((a, b) => a + b, 0) / Math.max(1, l.length))));
  const total = weights.reduce((a, b) => a + b, 0);
  // Each column gets its share, at least its minimum; what that overshoots is taken from the columns above
  // their minimum, in proportion to their slack. The sum never exceeds the text width.
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

/** `keepLastRow`: the table ends the body, and its last row keeps with the signature after it, which so
 * never stands alone on a page. */
export function buildTable(
  ctx: BodyContext,
  node: RichTextNode,
  path: string,
  otherBlock: BlockBuilder,
  keepLastRow = false,
): Table {
  const rows = rowsOf(node);
  const columns = columnCount(rows);
  const widths = columnWidths(rows, columns, ctx.width, ctx.rules.body.tableText.size);
  // The leading rows made of header cells repeat at the top of each page the table runs onto.
  const headerRows = rows.findIndex((row) => !(row.content ?? []).every(header) || !row.content?.length);
  const repeated = headerRows === -1 ? rows.length : headerRows;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: rows.map((row, r) => {
      const cells = row.content ?? [];
      let column = 0;
      return new TableRow({
        ...(r < repeated ? { tableHeader: true } : {}),
        // A row is read whole: it moves to the next page rather than split across two.
        cantSplit: true,
        children: cells.map((cell, c) => {
          const cellSpan = Math.min(span(cell), Math.max(1, columns - column));
          const rowSpan = Math.min(MAX_ROW_SPAN, Math.max(1, Number(cell.attrs?.rowspan) || 1));
          const cellWidth = widths.slice(column, column + cellSpan).reduce((a, b) => a + b, 0);
          column += cellSpan;
          return new TableCell({
            width: { size: cellWidth, type: WidthType.DXA },
            margins: { left: CELL_MARGIN, right: CELL_MARGIN },
            ...(cellSpan > 1 ? { columnSpan: cellSpan } : {}),
            ...(rowSpan > 1 ? { rowSpan } : {}),
            children: cellBlocks(
              ctx,
              cell,
              `${path}.content[${r}].content[${c}]`,
              header(cell),
              otherBlock,
              keepLastRow && r === rows.length - 1,
            ),
          });
        }),
      });
    }),
  });
}
