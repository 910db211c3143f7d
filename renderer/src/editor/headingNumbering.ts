// `heading.attrs.numbered`: the exporter numbers headings I. → 1. → a) unless this is false (a centred
// "Phần thứ nhất", a heading the author numbered by hand). The attribute is kept in the stored JSON
// and shown in the editor as `data-numbered="false"`.
import { Extension } from '@tiptap/react';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    headingNumbering: {
      /** Switches the automatic number of the heading at the cursor off, or back on. */
      toggleHeadingNumber: () => ReturnType;
    };
  }
}

export const HeadingNumbering = Extension.create({
  name: 'headingNumbering',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          numbered: {
            default: true,
            parseHTML: (element) => element.getAttribute('data-numbered') !== 'false',
            renderHTML: (attributes) => (attributes.numbered === false ? { 'data-numbered': 'false' } : {}),
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      toggleHeadingNumber:
        () =>
        ({ editor, commands }) =>
          editor.isActive('heading') &&
          commands.updateAttributes('heading', {
            numbered: editor.getAttributes('heading').numbered === false,
          }),
    };
  },
});
