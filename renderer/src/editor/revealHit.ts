// Opens the minutes at a search hit: finds the word (told apart from its other occurrences by the
// words after it) without regard to accents or case, selects it, scrolls it to the middle of the
// view and marks it with the CSS highlight "search-hit" (the document itself is not changed).
import type { Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { foldAligned } from '../../../shared/search-text';

export interface HitToFind {
  word: string;
  context: string;
}

interface Block {
  pos: number;
  text: string;
}

/** Each textblock's text, one character per document position (an inline node counts as one). */
function textblocks(doc: PmNode): Block[] {
  const blocks: Block[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : '\ufffc'.repeat(child.nodeSize);
    });
    blocks.push({ pos: pos + 1, text });
    return false;
  });
  return blocks;
}

/** The document range of the hit: the context if it is found, else the first whole word. */
export function findHit(doc: PmNode, hit: HitToFind): { from: number; to: number } | null {
  const blocks = textblocks(doc).map((b) => ({ ...b, folded: foldAligned(b.text) }));
  const word = foldAligned(hit.word.trim());
  if (!word) return null;
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
  for (const needle of [foldAligned(hit.context.trim()), word]) {
    if (!needle) continue;
    for (const block of blocks) {
      for (let at = block.folded.indexOf(needle); at !== -1; at = block.folded.indexOf(needle, at + 1)) {
        if (isWordChar(block.folded[at - 1]) || isWordChar(block.folded[at + needle.length])) continue;
        return { from: block.pos + at, to: block.pos + at + word.length };
      }
    }
  }
  return null;
}

/** Selects and shows the hit; returns false when the minutes do not hold it (they changed since). */
export function revealHit(editor: Editor, hit: HitToFind): boolean {
  const range = findHit(editor.state.doc, hit);
  if (!range) return false;
  // Selected and focused: the user can read on, or type, right there.
  editor.chain().setTextSelection(range).focus(undefined, { scrollIntoView: false }).run();
  const { view } = editor;
  const start = view.domAtPos(range.from);
  const end = view.domAtPos(range.to);
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (highlights && Highlight) highlights.set('search-hit', new Highlight(dom));
  const element = start.node instanceof Element ? start.node : start.node.parentElement;
  element?.scrollIntoView?.({ block: 'center' });
  return true;
}
