// Inline content (text with marks, hard breaks, mentions) and what every body builder shares.
import { TextRun } from 'docx';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import type { RuleSet } from '../rules';
import { marksToRun } from './marks';
import type { orderedDefinition } from './numbering';
import { runOptions } from './text';

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
  /** Text width in twips (tables span it). */
  width: number;
  onUnknown: 'refuse' | 'keep-text';
  log: (message: string) => void;
  counters: number[];
  listInstance: number;
  /** Numbering definitions for lists that start elsewhere than 1. */
  extraNumbering: Map<string, ReturnType<typeof orderedDefinition>>;
}
export function inlineRuns(
  ctx: BodyContext,
  nodes: readonly RichTextNode[] | undefined,
  base: Partial<ReturnType<typeof runOptions>> = {},
  path = '',
): TextRun[] {
  const style = ctx.rules.body.text;
  const runs: TextRun[] = [];
  (nodes ?? []).forEach((node, i) => {
    if (node.type === 'text')
      runs.push(
        new TextRun({
          ...runOptions(ctx.rules, style),
          ...base,
          ...marksToRun(node.marks),
          text: (node.text ?? '').normalize('NFC'),
        }),
      );
    else if (node.type === 'hardBreak') runs.push(new TextRun({ ...runOptions(ctx.rules, style), break: 1 }));
    else if (node.type === 'mention') {
      const label = String(node.attrs?.label ?? node.attrs?.id ?? '');
      runs.push(new TextRun({ ...runOptions(ctx.rules, style), ...base, text: label.normalize('NFC') }));
    } else runs.push(...unknownInline(ctx, node, `${path}.content[${i}]`));
  });
  return runs;
}

function unknownInline(ctx: BodyContext, node: RichTextNode, path: string): TextRun[] {
  if (ctx.onUnknown === 'refuse') throw new UnknownNodeError(node.type, path);
  ctx.log(`Giữ nguyên chữ của nút không hỗ trợ "${node.type}" (${path}).`);
  return [new TextRun({ ...runOptions(ctx.rules, ctx.rules.body.text), text: richTextToPlain(node) })];
}
