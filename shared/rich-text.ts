// Rich text is ProseMirror JSON as Tiptap writes it (minutes, document bodies, conclusions).
// Only the nodes, marks and attributes of the editor's schema (shared/editor-schema.ts) are admitted,
// and the shape is checked and bounded, because files come from other offices.
import { editorNodeProblem } from './editor-schema';
import { trimEndChar } from './linear-text';

export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  text?: string;
  marks?: RichTextMark[];
}

export const RICH_TEXT_LIMITS = { maxDepth: 48, maxNodes: 500_000, maxTextLength: 1_000_000 } as const;

export interface RichTextProblem {
  path: (string | number)[];
  message: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the ProseMirror JSON shape without recursion (a hostile file may nest very deep). */
export function findRichTextProblem(root: unknown): RichTextProblem | null {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [
    { node: root, path: [], depth: 1 },
  ];
  let count = 0;
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number];
    if (++count > RICH_TEXT_LIMITS.maxNodes) return { path, message: 'văn bản có quá nhiều phần tử' };
    if (depth > RICH_TEXT_LIMITS.maxDepth) return { path, message: 'văn bản lồng nhau quá sâu' };
    if (!isPlainObject(node)) return { path, message: 'phải là một nút văn bản (đối tượng JSON)' };
    if (typeof node.type !== 'string' || node.type.length === 0 || node.type.length > 64)
      return { path: [...path, 'type'], message: 'thiếu loại nút (type)' };
    if (node.attrs !== undefined && !isPlainObject(node.attrs))
      return { path: [...path, 'attrs'], message: 'attrs phải là đối tượng' };
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return { path: [...path, 'text'], message: 'text phải là chuỗi' };
      if (node.text.length > RICH_TEXT_LIMITS.maxTextLength)
        return { path: [...path, 'text'], message: 'đoạn chữ quá dài' };
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return { path: [...path, 'marks'], message: 'marks phải là mảng' };
      for (const [i, mark] of node.marks.entries()) {
        if (!isPlainObject(mark) || typeof mark.type !== 'string')
          return { path: [...path, 'marks', i], message: 'định dạng chữ (mark) không hợp lệ' };
      }
    }
    const outside = editorNodeProblem(node as Parameters<typeof editorNodeProblem>[0]);
    if (outside) return { path: [...path, ...outside.path], message: outside.message };
    if (node.content !== undefined) {
      if (!Array.isArray(node.content))
        return { path: [...path, 'content'], message: 'content phải là mảng' };
      for (let i = node.content.length - 1; i >= 0; i--)
        stack.push({ node: node.content[i], path: [...path, 'content', i], depth: depth + 1 });
    }
  }
  return null;
}

/** The text of a rich-text tree, blocks separated by newlines (for search, previews and unknown nodes). */
export function richTextToPlain(root: RichTextNode | null | undefined): string {
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: RichTextNode): void => {
    if (node.type === 'text' && node.text) parts.push(node.text);
    else if (node.type === 'hardBreak') parts.push('\n');
    for (const child of node.content ?? []) walk(child);
    if (node.type === 'paragraph' || node.type === 'heading') parts.push('\n');
  };
  walk(root);
  return trimEndChar(parts.join(''), '\n');
}

/** A document with one paragraph per line of text. */
export function plainToRichText(text: string): RichTextNode {
  const lines = text.split('\n');
  return {
    type: 'doc',
    content: lines.map((line) =>
      line.length === 0
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  };
}
