// The editor's nodes and marks: what minutes and document bodies may hold. shared/editor-schema.ts lists
// the same nodes, marks and attributes for the exchange format and the DOCX exporter; a test keeps the
// two equal.
import type { Extensions } from '@tiptap/react';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { HeadingNumbering } from './headingNumbering';

export function editorExtensions(placeholder: string): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      link: false,
    }),
    TableKit.configure({ table: { resizable: false } }),
    TextAlign.configure({
      types: ['heading', 'paragraph'],
      alignments: ['left', 'center', 'right', 'justify'],
    }),
    HeadingNumbering,
    Placeholder.configure({ placeholder }),
  ];
}
