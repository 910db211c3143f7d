// Mark → run options, one entry per mark of the editor's schema (shared/editor-schema.ts). The lookup is a
// Map: a mark the editor cannot make (an old or hostile file, "constructor", "__proto__") is refused,
// since silently dropping it would change the text.
import type { IRunOptions } from 'docx';
import type { EditorMarkType } from '../../../shared/editor-schema';
import type { RichTextMark } from '../../../shared/rich-text';

type RunPatch = Partial<Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike'>>;

const builders: Record<EditorMarkType, () => RunPatch> = {
  bold: () => ({ bold: true }),
  italic: () => ({ italics: true }),
  underline: () => ({ underline: {} }),
  strike: () => ({ strike: true }),
};
export const markBuilders: ReadonlyMap<string, () => RunPatch> = new Map(Object.entries(builders));

export class UnknownMarkError extends Error {
  constructor(
    readonly markType: string,
    readonly path: string,
  ) {
    super(`unknown mark ${markType} at ${path}`);
  }
}

export function marksToRun(marks: readonly RichTextMark[] | undefined, path = ''): RunPatch {
  const patch: RunPatch = {};
  for (const [i, mark] of (marks ?? []).entries()) {
    const build = markBuilders.get(mark.type);
    if (!build) throw new UnknownMarkError(String(mark.type), `${path}.marks[${i}]`);
    Object.assign(patch, build());
  }
  return patch;
}
