// "Kính gửi:" (ô 9a), under the title or, in a công văn, under the header. One recipient: on the same
// line. Several: one a line, "- …;", the last ending ".", the dashes aligned after the colon.
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { textWidth } from '../metrics';
import type { ExportModel } from '../model';
import { layoutTable } from './layout-table';
import { line } from './text';

const LABEL = 'Kính gửi:';
/** Room between the colon and the recipients, and kept at the right of the widest recipient (2 mm). */
const GAP = 113;

/** `- A;` … `- Z.`: the punctuation the rule asks for, replacing what the author typed at the end. */
export function addresseeLines(addressees: readonly string[]): string[] {
  const items = addressees
    .map((a) =>
      a
        .trim()
        .replace(/^-\s*/, '')
        .replace(/[;,.]+$/, ''),
    )
    .filter(Boolean);
  return items.map((text, i) => `- ${text}${i === items.length - 1 ? '.' : ';'}`);
}

export function buildAddressees(model: ExportModel, width: number): (Paragraph | Table)[] {
  const { rules, doc } = model;
  const style = rules.letter.addressee;
  const items = addresseeLines(doc.addressees ?? []);
  if (items.length === 0) return [];
  const spacer = line(rules, '', style, { after: 120 });
  if (items.length === 1) {
    const text = `${LABEL} ${items[0]!.slice(2)}`;
    return [line(rules, text, style, { before: 120, after: 120, keepNext: true }), spacer];
  }
  const label = textWidth(`${LABEL} `, style.size, style.bold) + GAP;
  const widest = Math.max(...items.map((t) => textWidth(t, style.size, style.bold))) + GAP;
  const right = Math.min(widest, width - label);
  // The block is centred on the page as a whole, as in Mẫu 1.5; a long list takes the full width.
  const indent = Math.max(0, Math.round((width - label - right) / 2));
  const left = line(rules, LABEL, style, { align: AlignmentType.LEFT });
  const list = items.map((text, i) =>
    line(rules, text, style, { align: AlignmentType.LEFT, keepNext: i < items.length - 1 }),
  );
  return [
    line(rules, '', style, { keepNext: true }),
    layoutTable([label, right], [[[left], list]], indent ? { indent } : {}),
    spacer,
  ];
}
