// The body: ProseMirror JSON → docx blocks, through one map with a builder for every node of the editor's
// schema (shared/editor-schema.ts). A node the map does not know fails loudly (the export refuses the
// document) or, in keep-text mode, keeps its text and is logged. A table too wide for a portrait page
// gets a landscape section of its own.
import type { Paragraph, Table } from 'docx';
import type { EditorNodeType } from '../../../shared/editor-schema';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import { heading } from './headings';
import { bodySpacing, inlineRuns, runFormat, UnknownNodeError, type BodyContext } from './inline';
import { BULLET, letterDefinition, ORDERED, orderedDefinition, WORD_LETTERS_AGREE_UP_TO } from './numbering';
import type { Justification } from './paragraph-xml';
import { RawParagraph } from './raw-paragraph';
import { buildTable, needsLandscape } from './table';

export type Block = Paragraph | Table;
export { UnknownNodeError, type BodyContext };

interface ListState {
  reference: string;
  level: number;
  instance: number;
}

const alignments: ReadonlyMap<unknown, Justification> = new Map([
  ['left', 'left'],
  ['center', 'center'],
  ['right', 'right'],
  ['justify', 'both'],
]);

function paragraph(
  ctx: BodyContext,
  node: RichTextNode,
  path: string,
  list?: ListState,
  keepNext = false,
): Paragraph {
  const alignment = alignments.get(node.attrs?.textAlign) ?? 'both';
  return new RawParagraph(
    {
      ...(list ? { list: { reference: list.reference, level: list.level, instance: list.instance } } : {}),
      keepNext,
      spacing: bodySpacing(ctx),
      firstLine: alignment === 'both' || alignment === 'left' ? ctx.rules.body.firstLineIndent : 0,
      alignment,
      run: runFormat(ctx.rules, ctx.rules.body.text),
    },
    inlineRuns(ctx, node.content, {}, path),
  );
}

/** A typed `---` (horizontal rule): an empty paragraph whose bottom border spans the text. */
function horizontalRule(ctx: BodyContext): Paragraph {
  return new RawParagraph(
    {
      bottomBorder: true,
      spacing: { before: 0, after: ctx.rules.body.spaceAfter, line: 240 },
      run: runFormat(ctx.rules, ctx.rules.body.text),
    },
    '',
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

// Every node type of the editor's schema, so `Record<EditorNodeType, …>` fails to compile when the
// schema gains a node the exporter cannot print. Inline and table-internal nodes met at block level
// (a hand-made file) are printed as the block they belong to.
const builders: Record<EditorNodeType, Builder> = {
  doc: (ctx, node, path) => children(ctx, node, path),
  paragraph: (ctx, node, path) => [paragraph(ctx, node, path)],
  heading: (ctx, node, path) => [heading(ctx, node, path)],
  orderedList: (ctx, node, path, parent) => list(ctx, node, path, parent, true),
  bulletList: (ctx, node, path, parent) => list(ctx, node, path, parent, false),
  listItem: (ctx, node, path) => children(ctx, node, path),
  table: (ctx, node, path) => [table(ctx, node, path)],
  tableRow: (ctx, node, path) => [table(ctx, { type: 'table', content: [node] }, path)],
  tableHeader: (ctx, node, path) => children(ctx, node, path),
  tableCell: (ctx, node, path) => children(ctx, node, path),
  blockquote: (ctx, node, path) => children(ctx, node, path),
  horizontalRule: (ctx) => [horizontalRule(ctx)],
  text: (ctx, node, path) => [paragraph(ctx, { type: 'paragraph', content: [node] }, path)],
  hardBreak: (ctx, _node, path) => [paragraph(ctx, { type: 'paragraph' }, path)],
};
function table(ctx: BodyContext, node: RichTextNode, path: string, endsBody = false): Table {
  return buildTable(ctx, node, path, (child, at) => block(ctx, child, at), endsBody);
}

export const blockBuilders: ReadonlyMap<string, Builder> = new Map(Object.entries(builders));

function children(ctx: BodyContext, node: RichTextNode, path: string): Block[] {
  return (node.content ?? []).flatMap((child, i) => block(ctx, child, `${path}.content[${i}]`));
}

export function block(ctx: BodyContext, node: RichTextNode, path: string, parent?: ListState): Block[] {
  const build = blockBuilders.get(node.type);
  if (build) return build(ctx, node, path, parent);
  if (ctx.onUnknown === 'refuse') throw new UnknownNodeError(node.type, path);
  ctx.log(`Giữ nguyên chữ của nút không hỗ trợ "${node.type}" (${path}).`);
  return richTextToPlain(node)
    .split('\n')
    .map((text) =>
      paragraph(ctx, { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }, path),
    );
}

export interface BodySection {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

/**
 * The body, as runs of portrait and landscape pages (a wide table turns the page, and the paragraph
 * introducing it, "…:", turns with it). A paragraph keeps with the table after it, and the last
 * paragraph (or a table's last row) keeps with the signature, so neither stands alone on a page.
 */
export function buildBody(ctx: BodyContext, body: RichTextNode): BodySection[] {
  const top = body.type === 'doc' ? (body.content ?? []) : [body];
  const last = top.length - 1;
  const sections: BodySection[] = [];
  const add = (orientation: BodySection['orientation'], blocks: Block[]) => {
    // A section left empty (its one paragraph went with a landscape table) would print a blank page.
    if (sections.length > 1 && sections[sections.length - 1]?.blocks.length === 0) sections.pop();
    const current = sections[sections.length - 1];
    if (current?.orientation === orientation) current.blocks.push(...blocks);
    else sections.push({ orientation, blocks });
  };
  add('portrait', []);
  top.forEach((node, i) => {
    const path = `body.content[${i}]`;
    if (node.type === 'table' && needsLandscape(ctx, node)) {
      const previous = top[i - 1];
      const current = sections[sections.length - 1];
      const intro =
        previous?.type === 'paragraph' && current?.orientation === 'portrait' && introduces(previous)
          ? current.blocks.splice(-1, 1)
          : [];
      const portrait = ctx.width;
      ctx.width = ctx.landscapeWidth;
      try {
        add('landscape', [...intro, table(ctx, node, path, i === last)]);
      } finally {
        ctx.width = portrait;
      }
    } else if (node.type === 'paragraph') {
      add('portrait', [paragraph(ctx, node, path, undefined, i === last || top[i + 1]?.type === 'table')]);
    } else if (node.type === 'table') add('portrait', [table(ctx, node, path, i === last)]);
    else add('portrait', block(ctx, node, path));
  });
  return sections;
}

/** A paragraph that announces what follows ("Danh mục nhiệm vụ như sau:"). */
const introduces = (node: RichTextNode): boolean => richTextToPlain(node).trimEnd().endsWith(':');
