// Framed marks: "DỰ THẢO" on a draft (format spec §3.4, Party ô 11b), the urgency stamp (NĐ 30 ô 10b,
// §1.3 row 10b; Party §2.3 "mức độ khẩn") and the confidentiality stamp (ô 10a). Each is a paragraph
// whose four borders draw the frame and whose indents cut it to the stamp's width, so it prints the
// same in Word and LibreOffice and the văn thư can still select and delete it.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { OfficialDocument } from '../../../shared/exchange';
import { textWidth } from '../metrics';
import { mm, type RuleSet, type TextStyle } from '../rules/types';
import { runOptions, textRun } from './text';

export const urgencyWords = { khan: 'KHẨN', 'thuong-khan': 'THƯỢNG KHẨN', 'hoa-toc': 'HỎA TỐC' } as const;
export const secrecyWords = { mat: 'MẬT', 'toi-mat': 'TỐI MẬT', 'tuyet-mat': 'TUYỆT MẬT' } as const;

/** NĐ 30 ô 10b: "rectangular stamp 30x8, 40x8, 20x8 mm" for HỎA TỐC, THƯỢNG KHẨN, KHẨN; red ink. */
const urgencyWidth = { khan: mm(20), 'thuong-khan': mm(40), 'hoa-toc': mm(30) } as const;
/**
 * UNCONFIRMED (not in the format spec): Thông tư 24/2020/TT-BCA as quoted by secondary sources: red ink,
 * a double frame; widths by length like the urgency stamps (MẬT 20, TỐI MẬT 30, TUYỆT MẬT 40 mm).
 */
const secrecyWidth = { mat: mm(20), 'toi-mat': mm(30), 'tuyet-mat': mm(40) } as const;
/** Every stamp is 8 mm high (NĐ 30 ô 10b), the text 2 mm from the frame. */
const STAMP_HEIGHT = mm(8);
const PADDING_PT = 2;
const FRAME_PT = 1;
export const RED = 'FF0000';

interface Frame {
  text: string;
  style: TextStyle;
  /** Outer width in twips (grown to the text if the text is wider). */
  width: number;
  color: string;
  double?: boolean;
}

/**
 * A framed one-line paragraph `frame.width` wide, placed in a space `room` twips wide: centred, or
 * against the right edge. Word draws side borders `space` points outside the text, so the indents
 * leave that room inside the outer width.
 */
export function framedLine(
  rules: RuleSet,
  frame: Frame,
  room: number,
  options: { align?: 'center' | 'right'; before?: number } = {},
): Paragraph {
  const edge = (PADDING_PT + FRAME_PT * (frame.double ? 3 : 1)) * 20;
  const textRoom = textWidth(frame.text, frame.style.size, frame.style.bold) + 60;
  const width = Math.min(room, Math.max(frame.width, textRoom + 2 * edge));
  const free = Math.max(0, room - width);
  const left = (options.align === 'right' ? free : Math.round(free / 2)) + edge;
  const right = (options.align === 'right' ? 0 : free - Math.round(free / 2)) + edge;
  const side = {
    style: frame.double ? BorderStyle.DOUBLE : BorderStyle.SINGLE,
    size: FRAME_PT * 8,
    color: frame.color,
    space: PADDING_PT,
  };
  const line = Math.max(240, STAMP_HEIGHT - 2 * (PADDING_PT + FRAME_PT * (frame.double ? 3 : 1)) * 20);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left, right },
    spacing: { before: options.before ?? 0, after: 0, line, lineRule: LineRuleType.EXACT },
    border: { top: side, bottom: side, left: side, right: side },
    run: runOptions(rules, frame.style),
    children: [textRun({ ...runOptions(rules, frame.style, { color: frame.color }), text: frame.text })],
  });
}

/** The urgency and confidentiality stamps of a document, under its number (ô 10a, 10b). */
export function markStamps(
  rules: RuleSet,
  doc: Pick<OfficialDocument, 'urgency' | 'confidentiality'>,
  room: number,
): Paragraph[] {
  const out: Paragraph[] = [];
  const h = rules.header;
  if (doc.urgency)
    out.push(
      framedLine(
        rules,
        { text: urgencyWords[doc.urgency], style: h.urgency, width: urgencyWidth[doc.urgency], color: RED },
        room,
        { before: 120 },
      ),
    );
  if (doc.confidentiality)
    out.push(
      framedLine(
        rules,
        {
          text: secrecyWords[doc.confidentiality],
          style: h.confidentiality,
          width: secrecyWidth[doc.confidentiality],
          color: RED,
          double: true,
        },
        room,
        { before: 120 },
      ),
    );
  return out;
}

/**
 * "DỰ THẢO" (and its version when there is one) for a document not yet issued: capitals, bold, in a
 * black frame at the top right of the first page (format spec §3.4).
 */
export function draftMark(rules: RuleSet, room: number, version?: string | null): Paragraph {
  const text = version?.trim() ? `DỰ THẢO ${version.trim().toLocaleUpperCase('vi')}` : 'DỰ THẢO';
  return framedLine(
    rules,
    { text, style: { ...rules.header.number, bold: true, italic: false }, width: 0, color: '000000' },
    room,
    { align: 'right' },
  );
}
