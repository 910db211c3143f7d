// The body: ProseMirror JSON → docx blocks, through one map of node type → builder. A node the map does
// not know fails loudly (export refuses the document), or, in keep-text mode, keeps its text and is logged.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type Table } from 'docx';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import { inlineRuns, UnknownNodeError, type BodyContext } from './inline';
import {
  BULLET,
  letterDefinition,
  ORDERED,
  orderedDefinition,
  VIETNAMESE_LETTERS,
  WORD_LETTERS_AGREE_UP_TO,
} from './numbering';
import { buildTable } from './table';
import { runOptions } from './text';

export type Block = Paragraph | Table;
export { UnknownNodeError, type BodyContext };
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

interface ListState {
  reference: string;
  level: number;
  instance: number;
}

const alignments: Record<string, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}

/** Runs of an inline sequence: text with marks, hard breaks, and the label of a mention. */
function spacing(ctx: BodyContext) {
  const { line } = ctx.rules.body;
  return {
    before: 0,
    after: ctx.rules.body.spaceAfter,
    line: line.value,
    lineRule: line.rule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO,
  };
}

function paragraph(
  ctx: BodyContext,
  node: RichTextNode,
  path: string,
  list?: ListState,
  keepNext = false,
): Paragraph {
  const align = alignments[String(node.attrs?.textAlign ?? 'justify')] ?? AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment: align,
    indent: {
      firstLine:
        align === AlignmentType.JUSTIFIED || align === AlignmentType.LEFT
          ? ctx.rules.body.firstLineIndent
          : 0,
    },
    spacing: spacing(ctx),
    keepNext,
    ...(list ? { numbering: { reference: list.reference, level: list.level, instance: list.instance } } : {}),
    run: runOptions(ctx.rules, ctx.rules.body.text),
    children: inlineRuns(ctx, node.content, {}, path),
  });
}

const PREFIX = [/^[IVXLCDM]+\s*[.-]\s/, /^\d+\s*[.-]\s/, /^[a-zđ]\)\s/];

/** Headings follow the official hierarchy: I. (Party I-) in capitals → 1. → a). Typed prefixes are kept. */
function heading(ctx: BodyContext, node: RichTextNode, path: string): Paragraph {
  const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 1))) - 1;
  ctx.counters[level] = (ctx.counters[level] ?? 0) + 1;
  ctx.counters.length = level + 1;
  const text = richTextToPlain(node);
  const count = ctx.counters[level] ?? 1;
  const prefixes = [
    `${roman(count)}${ctx.rules.body.romanSuffix} `,
    `${count}. `,
    `${VIETNAMESE_LETTERS[(count - 1) % VIETNAMESE_LETTERS.length]}) `,
  ];
  const prefix = PREFIX[level]?.test(text) ? '' : (prefixes[level] ?? '');
  const bold = level < 2;
  const upper = level === 0;
  const runs = inlineRuns(ctx, upper ? upperCased(node.content) : node.content, { bold }, path);
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: ctx.rules.body.firstLineIndent },
    spacing: { ...spacing(ctx), before: ctx.rules.body.spaceAfter },
    keepNext: true,
    run: runOptions(ctx.rules, ctx.rules.body.text),
    children: [
      ...(prefix ? [new TextRun({ ...runOptions(ctx.rules, ctx.rules.body.text), bold, text: prefix })] : []),
      ...runs,
    ],
  });
}

function upperCased(nodes: readonly RichTextNode[] | undefined): RichTextNode[] {
  return (nodes ?? []).map((n) =>
    n.type === 'text' ? { ...n, text: (n.text ?? '').toLocaleUpperCase('vi') } : n,
  );
}

function list(
  ctx: BodyContext,
  node: RichTextNode,
  path: string,
  parent: ListState | undefined,
  ordered: boolean,
): Block[] {
  let reference = ordered ? ORDERED : BULLET;
  const start = Number(node.attrs?.start ?? 1);
  if (ordered && start !== 1 && !parent) {
    const definition = orderedDefinition(ctx.rules, start);
    ctx.extraNumbering.set(definition.reference, definition);
    reference = definition.reference;
  }
  const state: ListState = parent
    ? {
        reference: ordered === (parent.reference !== BULLET) ? parent.reference : reference,
        level: parent.level + 1,
        instance: parent.instance,
      }
    : { reference, level: 0, instance: ++ctx.listInstance };
  if (parent && state.reference !== parent.reference) state.instance = ++ctx.listInstance;
  const items = node.content ?? [];
  const lettered = ordered && state.level === 1 && items.length > WORD_LETTERS_AGREE_UP_TO;
  const out: Block[] = [];
  items.forEach((item, i) => {
    const itemPath = `${path}.content[${i}]`;
    if (item.type !== 'listItem') return out.push(...block(ctx, item, itemPath));
    const itemState = lettered ? letterState(ctx, i) : state;
    (item.content ?? []).forEach((child, j) => {
      const childPath = `${itemPath}.content[${j}]`;
      if (child.type === 'paragraph')
        out.push(paragraph(ctx, child, childPath, j === 0 ? itemState : undefined));
      else out.push(...block(ctx, child, childPath, itemState));
    });
  });
  return out;
}

/** The i-th item of a long lettered list numbers itself with its own Vietnamese letter. */
function letterState(ctx: BodyContext, index: number): ListState {
  const definition = letterDefinition(ctx.rules, index);
  ctx.extraNumbering.set(definition.reference, definition);
  return { reference: definition.reference, level: 1, instance: ++ctx.listInstance };
}

type Builder = (ctx: BodyContext, node: RichTextNode, path: string, list?: ListState) => Block[];

const blockBuilders: Record<string, Builder> = {
  doc: (ctx, node, path) => children(ctx, node, path),
  paragraph: (ctx, node, path) => [paragraph(ctx, node, path)],
  heading: (ctx, node, path) => [heading(ctx, node, path)],
  orderedList: (ctx, node, path, parent) => list(ctx, node, path, parent, true),
  bulletList: (ctx, node, path, parent) => list(ctx, node, path, parent, false),
  table: (ctx, node, path) => [buildTable(ctx, node, path)],
  blockquote: (ctx, node, path) => children(ctx, node, path),
};

function children(ctx: BodyContext, node: RichTextNode, path: string): Block[] {
  return (node.content ?? []).flatMap((child, i) => block(ctx, child, `${path}.content[${i}]`));
}

export function block(ctx: BodyContext, node: RichTextNode, path: string, parent?: ListState): Block[] {
  const build = blockBuilders[node.type];
  if (build) return build(ctx, node, path, parent);
  if (ctx.onUnknown === 'refuse') throw new UnknownNodeError(node.type, path);
  ctx.log(`Giữ nguyên chữ của nút không hỗ trợ "${node.type}" (${path}).`);
  return richTextToPlain(node)
    .split('\n')
    .map((text) =>
      paragraph(ctx, { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }, path),
    );
}

/** The body; its last paragraph keeps with the signature, so the signature never stands alone on a page. */
export function buildBody(ctx: BodyContext, body: RichTextNode): Block[] {
  const top = body.type === 'doc' ? (body.content ?? []) : [body];
  const last = top.length - 1;
  return top.flatMap((node, i) => {
    const path = `body.content[${i}]`;
    return i === last && node.type === 'paragraph'
      ? [paragraph(ctx, node, path, undefined, true)]
      : block(ctx, node, path);
  });
}
