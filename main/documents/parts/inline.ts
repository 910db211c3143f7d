// Inline content (text with marks, hard breaks) and what every body builder shares.
import type { OfficialDocument } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import type { RuleSet, TextStyle } from '../rules';
import { marksToRun } from './marks';
import type { orderedDefinition } from './numbering';
import { breakRunXml, textRunXml, type ParagraphFormat, type RunFormat } from './paragraph-xml';
import { VIETNAMESE } from './text';

export class UnknownNodeError extends Error {
  constructor(
    readonly nodeType: string,
    readonly path: string,
  ) {
    super(`unknown node ${nodeType} at ${path}`);
  }
}
export interface BodyContext {
  rules: RuleSet;
  documentType: OfficialDocument['type'];
  /** Text width in twips of the page being filled (tables span it). */
  width: number;
  /** Text width of a landscape page, for a table too wide for a portrait one. */
  landscapeWidth: number;
  onUnknown: 'refuse' | 'keep-text';
  log: (message: string) => void;
  counters: number[];
  listInstance: number;
  /** Numbering definitions for lists that start elsewhere than 1. */
  extraNumbering: Map<string, ReturnType<typeof orderedDefinition>>;
}

/** The body's paragraph spacing: 6 pt after, the rule set's line spacing. */
export function bodySpacing(ctx: BodyContext): ParagraphFormat['spacing'] {
  const { line } = ctx.rules.body;
  return {
    before: 0,
    after: ctx.rules.body.spaceAfter,
    line: line.value,
    lineRule: line.rule === 'exact' ? 'exact' : 'auto',
  };
}

/** A run's format for a text style, as runOptions() gives it to docx: the rule's font, black, Vietnamese. */
export function runFormat(rules: RuleSet, style: TextStyle): RunFormat {
  return {
    font: rules.font,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italic,
    color: '000000',
    language: VIETNAMESE.value,
    ...(style.underline ? { underline: true } : {}),
  };
}

/** The runs of an inline sequence as XML: text with its marks, and hard breaks. */
export function inlineRuns(
  ctx: BodyContext,
  nodes: readonly RichTextNode[] | undefined,
  base: Partial<RunFormat> = {},
  path = '',
): string {
  const plain = runFormat(ctx.rules, ctx.rules.body.text);
  let xml = '';
  (nodes ?? []).forEach((node, i) => {
    const at = `${path}.content[${i}]`;
    if (node.type === 'text') {
      const format: RunFormat = { ...plain, ...base };
      const marks = marksToRun(node.marks, at);
      if (marks.bold !== undefined) format.bold = marks.bold;
      if (marks.italics !== undefined) format.italics = marks.italics;
      if (marks.strike !== undefined) format.strike = marks.strike;
      if (marks.underline) format.underline = true;
      xml += textRunXml(node.text ?? '', format);
    } else if (node.type === 'hardBreak') xml += breakRunXml(plain);
    else xml += unknownInline(ctx, node, at);
  });
  return xml;
}

function unknownInline(ctx: BodyContext, node: RichTextNode, path: string): string {
  if (ctx.onUnknown === 'refuse') throw new UnknownNodeError(node.type, path);
  ctx.log(`Giữ nguyên chữ của nút không hỗ trợ "${node.type}" (${path}).`);
  return textRunXml(richTextToPlain(node), runFormat(ctx.rules, ctx.rules.body.text));
}
