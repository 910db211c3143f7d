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

/** The lines above the signature (chain and position), each fitted to the column between phrases. */
function topLines(
  model: ExportModel,
  block: SignatureBlock,
  room: number,
): { texts: string[]; style: TextStyle }[] {
  const s = model.rules.signature;
  // Each authority line of the chain on its own, top-down; one too long for the column is broken between
  // phrases like a hand-set block (`T/M BAN CÁN SỰ ĐẢNG` / `UBND TỈNH`), never inside a word.
  const fit = (text: string, style: TextStyle) => ({
    texts: fitLine(text, style.size, style.bold, room),
    style,
  });
  return [...block.authorities.map((a) => fit(a, s.authority)), fit(block.position, s.position)];
}

/**
 * One block: its lines, the gap for the signature and seal, the name. `pad` empty lines go on top, so that
 * blocks side by side have their positions, and their names, level however many lines each chain has.
 */
function signatureBlock(
  model: ExportModel,
  top: { texts: string[]; style: TextStyle }[],
  name: string,
  pad = 0,
  keepWithNext = false,
): Paragraph[] {
  const s = model.rules.signature;
  const out = Array.from({ length: pad }, () => line(model.rules, '', s.authority, { keepNext: true }));
  out.push(...top.map(({ texts, style }) => lines(model.rules, texts, style, { keepNext: true })));
  for (let i = 0; i < s.gapLines; i++) out.push(line(model.rules, '', s.name, { keepNext: true }));
  if (name) out.push(line(model.rules, name, s.name, { keepNext: keepWithNext }));
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

/** ô 13: the drafter's symbol and copies (`TH.05`), 11 pt, at the left under Nơi nhận, on the last page. */
function drafterLine(model: ExportModel, first: boolean): Paragraph[] {
  const text = model.doc.drafter?.trim();
  if (!text) return [];
  return [
    line(model.rules, text, model.rules.drafter, { align: AlignmentType.LEFT, before: first ? 0 : 120 }),
  ];
}

/** The foot of the left column: Nơi nhận, then ô 13. */
function leftFoot(model: ExportModel, before = 0): Paragraph[] {
  const recipients = recipientLines(model, before);
  return [...recipients, ...drafterLine(model, recipients.length === 0)];
}

export function buildSignatures(model: ExportModel, width: number): (Paragraph | Table)[] {
  const { rules } = model;
  const spacer = line(rules, '', rules.body.text, { keepNext: true });
  if (model.signatures.length <= 1) {
    const left = Math.round(width * rules.signature.recipientsShare);
    const only = model.signatures[0];
    const blocks = only ? signatureBlock(model, topLines(model, only, width - left), only.name) : [];
    return [spacer, layoutTable([left, width - left], [[leftFoot(model), blocks]])];
  }
  // Nơi nhận goes under the first (left) block, in a second row of the same table, so it cannot drift
  // onto a page of its own; the blocks keep with it.
  const n = model.signatures.length;
  const each = Math.floor(width / n);
  const recipients = leftFoot(model, 120);
  const tops = model.signatures.map((b) => topLines(model, b, each - 2 * SIDE));
  const height = (top: { texts: string[] }[]) => top.reduce((n, l) => n + l.texts.length, 0);
  const tallest = Math.max(...tops.map(height));
  const rows = [
    model.signatures.map((b, i) =>
      signatureBlock(model, tops[i]!, b.name, tallest - height(tops[i]!), recipients.length > 0),
    ),
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
