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
  keepNext: boolean;
  numId?: string;
  /** The numbering level (w:ilvl) of a numbered paragraph. */
  ilvl?: number;
  /** Index of the table (in document order), row and cell holding the paragraph; undefined outside tables. */
  cell?: { table: number; row: number; cell: number };
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

function readPara(p: XmlNode, cell: Para['cell']): Para {
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
    keepNext: flag(pPr, 'w:keepNext'),
    numId: attr(child(child(pPr, 'w:numPr'), 'w:numId'), 'w:val'),
    ilvl: Number(attr(child(child(pPr, 'w:numPr'), 'w:ilvl'), 'w:val') ?? 0),
    ...(cell ? { cell } : {}),
  };
}

export interface DocxView {
  files: string[];
  paragraphs: Para[];
  /** The tables in document order, each as its properties element. */
  tables: XmlNode[];
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
  const walk = (nodes: XmlNode[], cell: Para['cell']) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') paragraphs.push(readPara(n, cell));
      else if (tag === 'w:tbl') {
        const index = tables.push(n) - 1;
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
  return {
    files: Object.keys(zip.files),
    paragraphs,
    tables,
    sectPr: child(body, 'w:sectPr')!,
    body,
    part: (name) => zip.file(name)!.async('string'),
  };
}

export { attr, kids, tagOf };

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
