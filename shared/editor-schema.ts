// The one list of what rich text may hold: every node and mark the editor (renderer/src/editor) can
// produce, with the attributes each may carry. The exchange schema admits only these, the DOCX exporter
// has one builder for each, and a test checks this list against the editor's real Tiptap schema.
// Lookups go through Maps, so a type named after an Object.prototype member ("constructor",
// "__proto__", "toString") is as unknown as any other name.

/** A check of one attribute's value as Tiptap writes it (defaults included). */
type AttrCheck = (value: unknown) => boolean;

const oneOf =
  (...values: readonly unknown[]): AttrCheck =>
  (v) =>
    values.includes(v);
const intIn =
  (min: number, max: number): AttrCheck =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

export const TEXT_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
/** Word tables have at most 63 columns; a span beyond that is a hostile file, not a table. */
export const MAX_TABLE_COLUMNS = 63;
export const MAX_ROW_SPAN = 10_000;

const textAlign = oneOf(null, ...TEXT_ALIGNS);
const colwidth: AttrCheck = (v) =>
  v === null ||
  (Array.isArray(v) &&
    v.length <= MAX_TABLE_COLUMNS &&
    v.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 100_000));
const cellAttrs = {
  colspan: intIn(1, MAX_TABLE_COLUMNS),
  rowspan: intIn(1, MAX_ROW_SPAN),
  colwidth,
  align: oneOf(null, 'left', 'center', 'right'),
};

/** Node type → its attributes. `numbered: false` prints a heading without its automatic number. */
const nodeSpecs = {
  doc: {},
  paragraph: { textAlign },
  text: {},
  heading: { level: oneOf(1, 2, 3), textAlign, numbered: oneOf(true, false) },
  blockquote: {},
  bulletList: {},
  orderedList: { start: intIn(0, 1_000_000), type: oneOf(null, '1', 'a', 'A', 'i', 'I') },
  listItem: {},
  hardBreak: {},
  horizontalRule: {},
  table: {},
  tableRow: {},
  tableHeader: cellAttrs,
  tableCell: cellAttrs,
} as const satisfies Record<string, Record<string, AttrCheck>>;

/** Mark type → its attributes (none of ours has any). */
const markSpecs = {
  bold: {},
  italic: {},
  underline: {},
  strike: {},
} as const satisfies Record<string, Record<string, AttrCheck>>;

export type EditorNodeType = keyof typeof nodeSpecs;
export type EditorMarkType = keyof typeof markSpecs;

const toMaps = (specs: Record<string, Record<string, AttrCheck>>) =>
  new Map(Object.entries(specs).map(([type, attrs]) => [type, new Map(Object.entries(attrs))]));
const nodeAttrs: ReadonlyMap<string, ReadonlyMap<string, AttrCheck>> = toMaps(nodeSpecs);
const markAttrs: ReadonlyMap<string, ReadonlyMap<string, AttrCheck>> = toMaps(markSpecs);

export const editorNodeTypes = Object.freeze(Object.keys(nodeSpecs) as EditorNodeType[]);
export const editorMarkTypes = Object.freeze(Object.keys(markSpecs) as EditorMarkType[]);

export const isEditorNodeType = (type: unknown): type is EditorNodeType =>
  typeof type === 'string' && nodeAttrs.has(type);
export const isEditorMarkType = (type: unknown): type is EditorMarkType =>
  typeof type === 'string' && markAttrs.has(type);

/** The attribute names a node or mark type may carry (for the test against the editor's schema). */
export function allowedAttrs(kind: 'node' | 'mark', type: string): string[] {
  return [...((kind === 'node' ? nodeAttrs : markAttrs).get(type)?.keys() ?? [])];
}

export interface SchemaProblem {
  /** Path below the node: `['type']`, `['attrs', 'level']`, `['marks', 0, 'type']`. */
  path: (string | number)[];
  message: string;
}

const shown = (type: string) => JSON.stringify(type.slice(0, 40));

function attrsProblem(
  checks: ReadonlyMap<string, AttrCheck>,
  attrs: unknown,
  at: (string | number)[],
): SchemaProblem | null {
  if (attrs === undefined) return null;
  if (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs))
    return { path: at, message: 'attrs phải là đối tượng' };
  for (const [name, value] of Object.entries(attrs)) {
    const check = checks.get(name);
    if (!check) return { path: [...at, name], message: `thuộc tính ${shown(name)} không được hỗ trợ` };
    if (!check(value))
      return { path: [...at, name], message: `giá trị của thuộc tính ${shown(name)} không hợp lệ` };
  }
  return null;
}

/**
 * Why one node (not its children) is outside the editor's schema, or null. The caller has already
 * checked the JSON shape (objects, arrays, string types).
 */
export function editorNodeProblem(node: {
  type: string;
  attrs?: unknown;
  marks?: readonly { type: string; attrs?: unknown }[];
}): SchemaProblem | null {
  const checks = nodeAttrs.get(node.type);
  if (!checks) return { path: ['type'], message: `loại nút ${shown(node.type)} không được hỗ trợ` };
  const problem = attrsProblem(checks, node.attrs, ['attrs']);
  if (problem) return problem;
  for (const [i, mark] of (node.marks ?? []).entries()) {
    const markChecks = markAttrs.get(mark.type);
    if (!markChecks)
      return { path: ['marks', i, 'type'], message: `định dạng chữ ${shown(mark.type)} không được hỗ trợ` };
    const markProblem = attrsProblem(markChecks, mark.attrs, ['marks', i, 'attrs']);
    if (markProblem) return markProblem;
  }
  return null;
}
