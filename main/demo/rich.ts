import type { RichTextNode } from '../../shared/rich-text';

/** A justified paragraph per string: demo text the way Tiptap would store it. */
export function paragraphs(...texts: string[]): RichTextNode {
  return {
    type: 'doc',
    content: texts.map((text) => ({
      type: 'paragraph',
      attrs: { textAlign: 'justify' },
      content: [{ type: 'text', text }],
    })),
  };
}

export function heading(text: string, level = 1): RichTextNode {
  return { type: 'heading', attrs: { level, textAlign: 'left' }, content: [{ type: 'text', text }] };
}
