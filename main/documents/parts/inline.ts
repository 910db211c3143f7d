// Inline content (text with marks, hard breaks) and what every body builder shares.
import { LineRuleType, TextRun } from 'docx';
import type { OfficialDocument } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import type { RuleSet } from '../rules';
import { marksToRun } from './marks';
import type { orderedDefinition } from './numbering';
import { runOptions, textRun } from './text';

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
export function bodySpacing(ctx: BodyContext) {
  const { line } = ctx.rules.body;
  return {
    before: 0,
    after: ctx.rules.body.spaceAfter,
    line: line.value,
    lineRule: line.rule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO,
  };
}

/** Runs of an inline sequence: text with its marks, and hard breaks. */
export function inlineRuns(
  ctx: BodyContext,
  nodes: readonly RichTextNode[] | undefined,
  base: Partial<ReturnType<typeof runOptions>> = {},
  path = '',
): TextRun[] {
  const style = ctx.rules.body.text;
  const runs: TextRun[] = [];
  (nodes ?? []).forEach((node, i) => {
    const at = `${path}.content[${i}]`;
    if (node.type === 'text')
      runs.push(
        textRun({
          ...runOptions(ctx.rules, style),
          ...base,
          ...marksToRun(node.marks, at),
          text: node.text ?? '',
        }),
      );
    else if (node.type === 'hardBreak') runs.push(new TextRun({ ...runOptions(ctx.rules, style), break: 1 }));
    else runs.push(...unknownInline(ctx, node, at));
  });
  return runs;
}

function unknownInline(ctx: BodyContext, node: RichTextNode, path: string): TextRun[] {
  if (ctx.onUnknown === 'refuse') throw new UnknownNodeError(node.type, path);
  ctx.log(`Giữ nguyên chữ của nút không hỗ trợ "${node.type}" (${path}).`);
  return [textRun({ ...runOptions(ctx.rules, ctx.rules.body.text), text: richTextToPlain(node) })];
}
