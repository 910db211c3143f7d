// The signature area (ô 7, 9b). One signer: Nơi nhận left, level with the first signature line, and the
// block right. Several (joint documents, biên bản): the blocks side by side in the order given, Nơi nhận below.
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { fitLine } from '../phrases';
import type { ExportModel, SignatureBlock } from '../model';
import type { TextStyle } from '../rules';
import { layoutTable } from './layout-table';
import { line, lines } from './text';

/** Room kept on each side of a signature block (4 mm). */
const SIDE = 227;

function signatureBlock(
  model: ExportModel,
  block: SignatureBlock,
  room: number,
  keepWithNext = false,
): Paragraph[] {
  const s = model.rules.signature;
  const out: Paragraph[] = [];
  // Each authority line of the chain on its own, top-down; one too long for the column is broken between
  // phrases like a hand-set block (`T/M BAN CÁN SỰ ĐẢNG` / `UBND TỈNH`), never inside a word.
  const fitted = (text: string, style: TextStyle) =>
    lines(model.rules, fitLine(text, style.size, style.bold, room), style, { keepNext: true });
  for (const authority of block.authorities) out.push(fitted(authority, s.authority));
  out.push(fitted(block.position, s.position));
  for (let i = 0; i < s.gapLines; i++) out.push(line(model.rules, '', s.name, { keepNext: true }));
  if (block.name) out.push(line(model.rules, block.name, s.name, { keepNext: keepWithNext }));
  return out;
}

/** `- …;` lines, the last ending with `.`; punctuation the user typed is kept. */
function recipientLines(model: ExportModel, before = 0): Paragraph[] {
  const { rules } = model;
  const s = rules.signature;
  if (model.recipients.length === 0) return [];
  const items = model.recipients.map((r, i, all) => {
    const text = r.trim().replace(/^-\s*/, '');
    const end = i === all.length - 1 ? '.' : rules.family === 'state' ? ';' : ',';
    return `- ${/[.;,]$/.test(text) ? text : text + end}`;
  });
  return [
    line(rules, 'Nơi nhận:', s.recipientsLabel, { align: AlignmentType.LEFT, keepNext: true, before }),
    ...items.map((text, i) =>
      line(rules, text, s.recipientItem, { align: AlignmentType.LEFT, keepNext: i < items.length - 1 }),
    ),
  ];
}

export function buildSignatures(model: ExportModel, width: number): (Paragraph | Table)[] {
  const { rules } = model;
  const spacer = line(rules, '', rules.body.text, { keepNext: true });
  if (model.signatures.length <= 1) {
    const left = Math.round(width * rules.signature.recipientsShare);
    const blocks = model.signatures[0] ? signatureBlock(model, model.signatures[0], width - left) : [];
    return [spacer, layoutTable([left, width - left], [[recipientLines(model), blocks]])];
  }
  // Nơi nhận goes under the first (left) block, in a second row of the same table, so it cannot drift
  // onto a page of its own; the blocks keep with it.
  const n = model.signatures.length;
  const each = Math.floor(width / n);
  const recipients = recipientLines(model, 120);
  const rows = [
    model.signatures.map((b) => signatureBlock(model, b, each - 2 * SIDE, recipients.length > 0)),
  ];
  if (recipients.length) rows.push([recipients, ...Array.from({ length: n - 1 }, () => [])]);
  return [
    spacer,
    layoutTable(
      Array.from({ length: n }, () => each),
      rows,
    ),
  ];
}
