// Borderless tables that place blocks side by side (header, signatures), as a văn thư does in Word.
import { Table, TableCell, TableRow, TableLayoutType, WidthType, type Paragraph } from 'docx';

const none = { style: 'none', size: 0, color: 'auto' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** One row per entry of `rows`, one cell per column; widths in twips. */
export function layoutTable(
  widths: number[],
  rows: Paragraph[][][],
  options: { indent?: number } = {},
): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    ...(options.indent ? { indent: { size: options.indent, type: WidthType.DXA } } : {}),
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: { top: none, bottom: none, left: none, right: none },
                children: children.length ? children : [],
              }),
          ),
        }),
    ),
  });
}
