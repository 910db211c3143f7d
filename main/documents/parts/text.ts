// Small builders every part uses: a run in the rule's font, a plain paragraph, a short drawn line.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { stripForbiddenChars } from '../../../shared/text-safety';
import type { RuleSet, TextStyle } from '../rules';
import { sharedRunProperties } from './shared-run-properties';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Every run is Vietnamese, so Word checks its spelling as Vietnamese (format spec §3.4). */
export const VIETNAMESE = { value: 'vi-VN' } as const;

/** Run options for a text style: always the rule's font (Times New Roman), black, Vietnamese. */
export function runOptions(rules: RuleSet, style: TextStyle, extra: Partial<IRunOptions> = {}): IRunOptions {
  return {
    font: rules.font,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italic,
    color: '000000',
    language: VIETNAMESE,
    ...(style.underline ? { underline: {} } : {}),
    ...extra,
  };
}

/**
 * The one place a run of text is made: NFC, without the characters XML forbids or bidirectional
 * controls (Word refuses a file holding U+FFFE; an override can make a name print reversed).
 */
export function textRun(options: IRunOptions & { text: string }): TextRun {
  const text = stripForbiddenChars(options.text).normalize('NFC');
  const { text: _text, children, break: lineBreak, ...format } = options;
  // A run given as children takes a string that names a page field ("CURRENT") as that field.
  if (children || lineBreak || PAGE_FIELDS.has(text)) return new TextRun({ ...options, text });
  return new TextRun({ children: [sharedRunProperties(format), text] });
}

const PAGE_FIELDS: ReadonlySet<string> = new Set(Object.values(PageNumber));

export function run(rules: RuleSet, text: string, style: TextStyle): TextRun {
  return textRun({ ...runOptions(rules, style), text });
}

/** A single-spaced paragraph of one style, centred unless told otherwise. */
export function line(
  rules: RuleSet,
  text: string,
  style: TextStyle,
  options: { align?: Alignment; before?: number; after?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: {
      before: options.before ?? 0,
      after: options.after ?? 0,
      line: 240,
      lineRule: LineRuleType.AUTO,
    },
    keepNext: options.keepNext ?? false,
    run: runOptions(rules, style),
    children: text ? [run(rules, text, style)] : [],
  });
}

/** Several lines of one style in one paragraph, joined by line breaks (a name broken to fit its column). */
export function lines(
  rules: RuleSet,
  texts: string[],
  style: TextStyle,
  options: { keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext ?? false,
    run: runOptions(rules, style),
    children: texts.map((text, i) =>
      textRun({ ...runOptions(rules, style, i > 0 ? { break: 1 } : {}), text }),
    ),
  });
}

/**
 * A horizontal line `length` twips long, centred in a space `room` twips wide: an empty paragraph whose top
 * border the indents cut to length. This prints as long as the rules say, unlike a border across the column.
 */
export function shortLine(rules: RuleSet, length: number, room: number, before = 40): Paragraph {
  const side = Math.max(0, Math.round((room - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { font: rules.font, size: 2 },
    children: [],
  });
}
