// Before docx-preview renders a parsed DOCX, mark on its elements what the page layout needs and the
// library does not carry into HTML: keep-with-next, keep-lines, table header rows, which DOCX section an
// element belongs to, and where the PAGE field stands in the headers (the library drops fields).
// docx-preview types its parsed document as `any`; these guards read only what they need.

/** Text put where a header's PAGE field stands; replaced by each page's number after layout. */
export const PAGE_MARK = '\u2063PAGE\u2063';

export const KEEP_NEXT_CLASS = 'pp-keep-next';
export const KEEP_LINES_CLASS = 'pp-keep-lines';
export const HEADER_ROW_CLASS = 'pp-header-row';
/** `pp-sect-N` on every top-level body element: N counts the DOCX sections from 0. */
export const SECTION_CLASS_PREFIX = 'pp-sect-';

interface Node {
  type?: unknown;
  children?: unknown;
  className?: unknown;
  keepNext?: unknown;
  keepLines?: unknown;
  isHeader?: unknown;
  sectionProps?: unknown;
  fieldRun?: unknown;
  text?: unknown;
}

export interface SectionInfo {
  /** The page number the section restarts at (`w:pgNumType w:start`), or null to continue. */
  restartAt: number | null;
}

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null;
const childrenOf = (n: Node): Node[] => (Array.isArray(n.children) ? n.children.filter(isNode) : []);

function addClass(n: Node, name: string): void {
  n.className = typeof n.className === 'string' && n.className ? `${n.className} ${name}` : name;
}

function restartOf(props: unknown): number | null {
  if (!isNode(props)) return null;
  const pageNumber = (props as { pageNumber?: unknown }).pageNumber;
  if (!isNode(pageNumber)) return null;
  const start = (pageNumber as { start?: unknown }).start;
  return typeof start === 'number' && Number.isFinite(start) ? start : null;
}

function markRows(table: Node): void {
  for (const row of childrenOf(table)) {
    // docx-preview reads `<w:tblHeader/>` (no w:val, as Word writes it) as null, and sets no key when the
    // element is absent; the exporter never writes w:val="false", so the key alone means a header row.
    if (row.type === 'row' && 'isHeader' in row && row.isHeader !== false) addClass(row, HEADER_ROW_CLASS);
  }
}

/** Marks the body's top-level elements and returns what each DOCX section says about page numbers. */
export function annotateBody(body: unknown): SectionInfo[] {
  if (!isNode(body)) return [];
  const sections: SectionInfo[] = [];
  let index = 0;
  for (const element of childrenOf(body)) {
    addClass(element, `${SECTION_CLASS_PREFIX}${index}`);
    if (element.type === 'paragraph') {
      if (element.keepNext === true) addClass(element, KEEP_NEXT_CLASS);
      if (element.keepLines === true) addClass(element, KEEP_LINES_CLASS);
      // A paragraph holding a sectPr ends its section.
      if (isNode(element.sectionProps)) {
        sections.push({ restartAt: restartOf(element.sectionProps) });
        index += 1;
      }
    } else if (element.type === 'table') {
      markRows(element);
    }
  }
  sections.push({ restartAt: restartOf((body as { props?: unknown }).props) });
  return sections;
}

/** Replaces each PAGE field in a header or footer part with PAGE_MARK text (other fields stay dropped). */
export function markPageFields(root: unknown, depth = 0): void {
  if (!isNode(root) || depth > 64) return;
  for (const child of childrenOf(root)) {
    if (child.type === 'run' && child.fieldRun === true) {
      const instruction = childrenOf(child).find((c) => c.type === 'instruction');
      if (typeof instruction?.text === 'string' && instruction.text.trim().toUpperCase() === 'PAGE') {
        child.fieldRun = false;
        child.children = [{ type: 'text', text: PAGE_MARK }];
      }
    }
    markPageFields(child, depth + 1);
  }
}

/** Every header and footer part of a parsed document. */
export function headerFooterRoots(doc: unknown): unknown[] {
  const parts = isNode(doc) ? (doc as { parts?: unknown }).parts : undefined;
  if (!Array.isArray(parts)) return [];
  return parts
    .map((p: unknown) => (isNode(p) ? (p as { rootElement?: unknown }).rootElement : undefined))
    .filter((r): r is Node => isNode(r) && (r.type === 'header' || r.type === 'footer'));
}

/** Makes every section use its default header (no first-page header): the headers of continuation pages. */
export function dropTitlePages(doc: unknown): void {
  const body = isNode(doc) ? (doc as { documentPart?: { body?: unknown } }).documentPart?.body : undefined;
  if (!isNode(body)) return;
  const clear = (props: unknown) => {
    if (isNode(props)) (props as { titlePage?: unknown }).titlePage = false;
  };
  clear((body as { props?: unknown }).props);
  for (const element of childrenOf(body)) clear(element.sectionProps);
}
