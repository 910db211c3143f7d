// Stored content the editor cannot represent (a node type from another office's newer version, a
// malformed tree) must never be silently dropped: Tiptap would open it empty and autosave would then
// overwrite the minutes. We check first, and open such content read-only instead.
import { getSchema } from '@tiptap/react';
import type { RichTextNode } from '../../../shared/rich-text';
import { editorExtensions } from './extensions';

const schema = getSchema(editorExtensions(''));

/** Why the editor cannot take this content, or null when it can. */
export function unsupportedContent(doc: RichTextNode | null): string | null {
  if (!doc) return null;
  try {
    schema.nodeFromJSON(doc).check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
