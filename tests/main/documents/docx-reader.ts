// Reads a produced .docx the way the tests need it: unzip, parse word/document.xml, and flatten the
// paragraphs (with their run and paragraph properties, and the table cell they sit in).
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
});

const tagOf = (n: XmlNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: XmlNode): XmlNode[] => (n[tagOf(n)] as XmlNode[] | undefined) ?? [];
const attr = (n: XmlNode | undefined, name: string): string | undefined => n?.[':@']?.[name];
export const child = (n: XmlNode | undefined, tag: string): XmlNode | undefined =>
  n ? kids(n).find((k) => tagOf(k) === tag) : undefined;
const flag = (props: XmlNode | undefined, tag: string): boolean => {
  const el = child(props, tag);
  return el !== undefined && !['0', 'false'].includes(attr(el, 'w:val') ?? 'true');
};

export interface Run {
  text: string;
  font?: string;
  size?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  hasBreak: boolean;
}

export interface Para {
  text: string;
  runs: Run[];
  align?: string;
  firstLine: number;
  left: number;
  right: number;
  before: number;
  after: number;
  line?: number;
  lineRule?: string;
  borderTop: boolean;
  /** The paragraph's borders by side (w:pBdr), with their style and colour. */
  borders: Partial<Record<'top' | 'bottom' | 'left' | 'right', { val?: string; color?: string }>>;
  keepNext: boolean;
  numId?: string;
  /** The numbering level (w:ilvl) of a numbered paragraph. */
  ilvl?: number;
  /** Index of the table (in document order), row and cell holding the paragraph; undefined outside tables. */
  cell?: { table: number; row: number; cell: number };
  /** Index of the section (w:sectPr, in document order) the paragraph belongs to. */
  section: number;
}

function readRun(r: XmlNode): Run {
  const rPr = child(r, 'w:rPr');
  // Text and line breaks in their order: a break reads as a newline.
  const text = kids(r)
    .map((k) =>
      tagOf(k) === 'w:br'
        ? '\n'
        : tagOf(k) === 'w:t'
          ? kids(k)
              .map((x) => String(x['#text'] ?? ''))
              .join('')
          : '',
    )
    .join('');
  const size = attr(child(rPr, 'w:sz'), 'w:val');
  const u = child(rPr, 'w:u');
  return {
    text,
    font: attr(child(rPr, 'w:rFonts'), 'w:ascii'),
    size: size === undefined ? undefined : Number(size) / 2,
    bold: flag(rPr, 'w:b'),
    italic: flag(rPr, 'w:i'),
    underline: u !== undefined && attr(u, 'w:val') !== 'none',
    hasBreak: child(r, 'w:br') !== undefined,
  };
}

function readBorders(pPr: XmlNode | undefined): Para['borders'] {
  const pBdr = child(pPr, 'w:pBdr');
  const out: Para['borders'] = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const el = child(pBdr, `w:${side}`);
    if (el) out[side] = { val: attr(el, 'w:val'), color: attr(el, 'w:color') };
  }
  return out;
}

function readPara(p: XmlNode, cell: Para['cell'], section = 0): Para {
  const pPr = child(p, 'w:pPr');
  const runs = kids(p)
    .filter((k) => tagOf(k) === 'w:r')
    .map(readRun);
  const ind = child(pPr, 'w:ind');
  const sp = child(pPr, 'w:spacing');
  const num = (v: string | undefined) => (v === undefined ? 0 : Number(v));
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    align: attr(child(pPr, 'w:jc'), 'w:val'),
    firstLine: num(attr(ind, 'w:firstLine')),
    left: num(attr(ind, 'w:left') ?? attr(ind, 'w:start')),
    right: num(attr(ind, 'w:right') ?? attr(ind, 'w:end')),
    before: num(attr(sp, 'w:before')),
    after: num(attr(sp, 'w:after')),
    line: attr(sp, 'w:line') === undefined ? undefined : Number(attr(sp, 'w:line')),
    lineRule: attr(sp, 'w:lineRule'),
    borderTop: child(child(pPr, 'w:pBdr'), 'w:top') !== undefined,
    borders: readBorders(pPr),
    keepNext: flag(pPr, 'w:keepNext'),
    numId: attr(child(child(pPr, 'w:numPr'), 'w:numId'), 'w:val'),
    ilvl: Number(attr(child(child(pPr, 'w:numPr'), 'w:ilvl'), 'w:val') ?? 0),
    ...(cell ? { cell } : {}),
    section,
  };
}

export interface DocxView {
  files: string[];
  paragraphs: Para[];
  /** The tables in document order, each as its properties element. */
  tables: XmlNode[];
  /** The section (index into `sections`) each table belongs to. */
  tableSections: number[];
  /** Every section's properties in document order; the last is the body's own w:sectPr. */
  sections: XmlNode[];
  sectPr: XmlNode;
  body: XmlNode;
  part(name: string): Promise<string>;
}

export async function readDocx(data: Buffer): Promise<DocxView> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')!.async('string');
  const doc = parser.parse(xml) as XmlNode[];
  const root = doc.find((n) => tagOf(n) === 'w:document')!;
  const body = child(root, 'w:body')!;
  const paragraphs: Para[] = [];
  const tables: XmlNode[] = [];
  const tableSections: number[] = [];
  const sections: XmlNode[] = [];
  const walk = (nodes: XmlNode[], cell: Para['cell']) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') {
        paragraphs.push(readPara(n, cell, sections.length));
        // A section other than the last ends with a paragraph holding its w:sectPr.
        const ends = child(child(n, 'w:pPr'), 'w:sectPr');
        if (ends && !cell) sections.push(ends);
      } else if (tag === 'w:tbl') {
        const index = tables.push(n) - 1;
        if (!cell) tableSections[index] = sections.length;
        kids(n)
          .filter((r) => tagOf(r) === 'w:tr')
          .forEach((row, r) =>
            kids(row)
              .filter((c) => tagOf(c) === 'w:tc')
              .forEach((tc, c) => walk(kids(tc), { table: index, row: r, cell: c })),
          );
      }
    }
  };
  walk(kids(body), undefined);
  sections.push(child(body, 'w:sectPr')!);
  return {
    files: Object.keys(zip.files),
    paragraphs,
    tables,
    tableSections,
    sections,
    sectPr: child(body, 'w:sectPr')!,
    body,
    part: (name) => zip.file(name)!.async('string'),
  };
}

export { attr, kids, tagOf };

/** The paragraphs of another part (a header, a footer), read like the body's. */
export function partParagraphs(xml: string): Para[] {
  const out: Para[] = [];
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      if (tagOf(n) === 'w:p') out.push(readPara(n, undefined));
      else walk(kids(n));
    }
  };
  walk(parser.parse(xml) as XmlNode[]);
  return out;
}

/** Every run (w:r) of a part, with its properties element, wherever it sits. */
export function partRuns(xml: string): { rPr?: XmlNode }[] {
  const out: { rPr?: XmlNode }[] = [];
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      if (tagOf(n) === 'w:r') out.push({ rPr: child(n, 'w:rPr') });
      else walk(kids(n));
    }
  };
  walk(parser.parse(xml) as XmlNode[]);
  return out;
}

/** The paragraph whose text is exactly `text` (NFC), or a failing lookup. */
export function para(view: DocxView, text: string): Para {
  // A line break reads as a space, and so does a non-breaking space (it keeps a phrase on one line).
  const found = view.paragraphs.find((p) => p.text.replace(/[\n\u00a0]/g, ' ') === text.normalize('NFC'));
  if (!found)
    throw new Error(
      `no paragraph "${text}" in: ${view.paragraphs
        .map((p) => p.text)
        .filter(Boolean)
        .join(' | ')}`,
    );
  return found;
}

/** Every run of the paragraph that holds text has these properties. */
export function runsOf(p: Para): Run[] {
  return p.runs.filter((r) => r.text.trim().length > 0);
}

/** What Word prints before a numbered paragraph: its level's lvlText and numFmt in word/numbering.xml. */
export async function numberingOf(view: DocxView, p: Para): Promise<{ text?: string; format?: string }> {
  const root = (parser.parse(await view.part('word/numbering.xml')) as XmlNode[]).find(
    (n) => tagOf(n) === 'w:numbering',
  );
  const all = root ? kids(root) : [];
  const num = all.find((n) => tagOf(n) === 'w:num' && attr(n, 'w:numId') === p.numId);
  const abstractId = attr(child(num, 'w:abstractNumId'), 'w:val');
  const abstract = all.find((n) => tagOf(n) === 'w:abstractNum' && attr(n, 'w:abstractNumId') === abstractId);
  const lvl = abstract
    ? kids(abstract).find((l) => tagOf(l) === 'w:lvl' && attr(l, 'w:ilvl') === String(p.ilvl ?? 0))
    : undefined;
  return { text: attr(child(lvl, 'w:lvlText'), 'w:val'), format: attr(child(lvl, 'w:numFmt'), 'w:val') };
}

/** The XML of a section's header of one type (`first`, `default`), through the document's relationships. */
export async function headerXml(
  view: DocxView,
  section: XmlNode,
  type: 'first' | 'default',
): Promise<string> {
  const ref = kids(section).find((k) => tagOf(k) === 'w:headerReference' && attr(k, 'w:type') === type);
  const id = attr(ref, 'r:id');
  const rels = await view.part('word/_rels/document.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const file = target?.[1] ?? target?.[2];
  if (!id || !file) throw new Error(`no ${type} header in this section`);
  return view.part(`word/${file.replace(/^\/?word\//, '')}`);
}
