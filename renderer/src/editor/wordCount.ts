// Word and character counts of the editor's text (blocks separated by a space).
import type { Node as PmNode } from '@tiptap/pm/model';

export function countText(text: string): { words: number; characters: number } {
  const trimmed = text.trim();
  return { words: trimmed ? trimmed.split(/\s+/u).length : 0, characters: [...text].length };
}

export function countDoc(doc: PmNode): { words: number; characters: number } {
  return countText(doc.textBetween(0, doc.content.size, ' ', ' '));
}
