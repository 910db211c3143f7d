// Mark → run options. A mark the map does not know is refused: silently dropping it would change the text.
import type { IRunOptions } from 'docx';
import type { RichTextMark } from '../../../shared/rich-text';

type RunPatch = Partial<Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike'>>;

const markBuilders: Record<string, (mark: RichTextMark) => RunPatch> = {
  bold: () => ({ bold: true }),
  italic: () => ({ italics: true }),
  underline: () => ({ underline: {} }),
  strike: () => ({ strike: true }),
  // Colours, highlights and links have no place in an official text: their text is kept, plain.
  link: () => ({}),
  textStyle: () => ({}),
  highlight: () => ({}),
  code: () => ({}),
};

export class UnknownMarkError extends Error {
  constructor(readonly markType: string) {
    super(`unknown mark ${markType}`);
  }
}

export function marksToRun(marks: readonly RichTextMark[] | undefined): RunPatch {
  const patch: RunPatch = {};
  for (const mark of marks ?? []) {
    const build = markBuilders[mark.type];
    if (!build) throw new UnknownMarkError(mark.type);
    Object.assign(patch, build(mark));
  }
  return patch;
}
