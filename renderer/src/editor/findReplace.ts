// Find and replace over the editor's document: matches inside text (case-insensitive), and the
// transactions that replace one match or all of them.
import type { Node as PmNode } from '@tiptap/pm/model';

export interface Match {
  from: number;
  to: number;
}

/** Every occurrence of `query` in the document's text nodes, in document order. */
export function findMatches(doc: PmNode, query: string): Match[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase('vi');
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    const hay = node.text.toLocaleLowerCase('vi');
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length))
      matches.push({ from: pos + i, to: pos + i + query.length });
  });
  return matches;
}

/** The first match at or after `pos`, wrapping around to the start. */
export function nextMatch(matches: readonly Match[], pos: number): Match | undefined {
  return matches.find((m) => m.from >= pos) ?? matches[0];
}
