// Tên loại and trích yếu (ô 5a), then the short line (state) or `-----` (Party); nothing for a công văn.
import type { Paragraph } from 'docx';
import { textWidth } from '../metrics';
import { documentTypeFacts } from '../document-types';
import type { ExportModel } from '../model';
import { line, shortLine } from './text';

export function buildTitle(model: ExportModel, width: number): Paragraph[] {
  const { rules, doc } = model;
  const t = rules.title;
  const typeName = documentTypeFacts[doc.type].typeName;
  // A công văn has no type name: its trích yếu sits under the number (header.ts); only a blank line here.
  if (typeName === null) return [line(rules, '', t.summary, { before: t.spaceBefore - 240 })];
  const out = [line(rules, typeName, t.type, { before: t.spaceBefore, keepNext: true })];
  if (doc.summary.trim()) out.push(line(rules, doc.summary.trim(), t.summary, { keepNext: true }));
  if (t.underline.kind === 'line') {
    const summaryWidth = Math.min(
      textWidth(doc.summary.trim() || typeName, t.summary.size, t.summary.bold),
      width,
    );
    const rendered = shortLine(rules, Math.round(summaryWidth * t.underline.share), width, 60);
    out.push(rendered, line(rules, '', t.summary, { after: t.spaceAfter - 120 }));
  } else out.push(line(rules, t.underline.text, t.summary, { after: t.spaceAfter }));
  return out;
}
