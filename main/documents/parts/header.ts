// The header band (ô 1–4, 10): issuing bodies left, national or Party title right, then the number
// left and the place and date right on one row, so they always sit on the same line.
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { textWidth } from '../metrics';
import type { ExportModel } from '../model';
import { layoutTable } from './layout-table';
import { markStamps } from './stamps';
import { line, shortLine } from './text';

/** Room kept on each side of a column's widest line (4 mm), so the two columns never read as one line. */
const SIDE = 227;
/** How far the header may reach into each side margin (10 mm). */
const MAX_OVERFLOW = 567;

export function buildHeader(model: ExportModel, width: number): Table {
  const { rules, doc } = model;
  const h = rules.header;
  // The rule's split, widened for a long body name or date; a header that still does not fit reaches a
  // little into the margins (as hand-made headers do) rather than wrap a name or run the columns together.
  const styleOf = (l: { parent: boolean }) => (l.parent ? h.parentBody : h.issuer);
  const leftTexts = [
    ...model.headerLines.map((l) => textWidth(l.text, styleOf(l).size, styleOf(l).bold)),
    textWidth(model.numberText, h.number.size, false),
  ];
  const rightTexts = [
    ...h.nationalTitle.lines.map((t) => textWidth(t.text, t.style.size, t.style.bold)),
    model.dateText ? textWidth(model.dateText, h.date.size, false) : 0,
  ];
  const left = Math.max(Math.round(width * h.leftShare), Math.max(...leftTexts) + 2 * SIDE);
  const right = Math.max(width - left, Math.max(...rightTexts) + 2 * SIDE);
  const overflow = Math.min(left + right - width, 2 * MAX_OVERFLOW);
  const names = model.headerLines.map((l) => line(rules, l.text, l.parent ? h.parentBody : h.issuer));
  if (h.issuerLineShare !== null) {
    // ô 2: the line is 1/3–1/2 of the issuing body's own name ("dòng chữ"), not of the parent's line.
    const own = model.headerLines.filter((l) => !l.parent);
    const widest = Math.max(
      ...(own.length ? own : model.headerLines).map((l) =>
        textWidth(l.text, styleOf(l).size, styleOf(l).bold),
      ),
    );
    names.push(shortLine(rules, Math.round(Math.min(widest, left) * h.issuerLineShare), left));
  } else if (h.star) names.push(line(rules, '*', h.star));

  const titles = h.nationalTitle.lines.map((t) => line(rules, t.text, t.style));
  const last = h.nationalTitle.lines[h.nationalTitle.lines.length - 1];
  if (last)
    titles.push(
      shortLine(
        rules,
        Math.round(textWidth(last.text, last.style.size, last.style.bold) * h.nationalTitle.lineUnderShare),
        right,
      ),
    );

  const numberCell: Paragraph[] = [line(rules, model.numberText, h.number, { before: 120 })];
  // Công văn (Mẫu 1.5, ô 5b): the trích yếu "V/v …" centred under the number, 6 pt below it; it may wrap.
  if (model.letterSummary)
    numberCell.push(line(rules, model.letterSummary, rules.letter.summary, { before: 120 }));
  numberCell.push(...markStamps(rules, doc, left));
  const dateCell = model.dateText
    ? [line(rules, model.dateText, h.date, { before: 120, align: AlignmentType.CENTER })]
    : [];

  return layoutTable(
    [left, right],
    [
      [names, titles],
      [numberCell, dateCell],
    ],
    overflow > 0 ? { indent: -Math.round(overflow / 2) } : {},
  );
}
