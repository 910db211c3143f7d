// Tables of thousands of rows, written in linear time with a small constant. docx builds some twenty
// objects per table cell and serializes each through prepForXml and NextAttributeComponent's
// object-spread reduce: linear, but ≈ 0.4 ms of CPU per cell (a 6,000-row appendix took 17 s). So
// docx lays out one template row per kind of row, each cell holding a marker as its only text; the
// document's XML is then read back and each real row is stamped from its template's XML, only its
// text (escaped) changing. docx stays the author of every element and property.
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate/browser';
import { xmlText } from './parts/paragraph-xml';
import { Utf8Sink } from './utf8-sink';
import { zipWithZlib } from './zip';

/** One row to write: the kind of template row it copies, and the text of each cell ('\n' starts a paragraph). */
export interface StampRow {
  kind: string;
  cells: readonly string[];
}

interface CellTemplate {
  /** `<w:tc>` and its properties, up to the first paragraph. */
  head: string;
  /** The paragraph, cut where the marker stood. */
  before: string;
  after: string;
  /** What follows the paragraph, `</w:tc>`. */
  tail: string;
}

interface RowTemplate {
  head: string;
  cells: CellTemplate[];
  tail: string;
}

const DOCUMENT_PART = 'word/document.xml';

/** The one element `<tag>…</tag>` (or `<tag …>…</tag>`) that holds position `at`, no nesting of the same tag. */
function enclosing(xml: string, tag: string, at: number): { start: number; end: number } {
  const open = Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));
  const close = xml.indexOf(`</${tag}>`, at);
  if (open < 0 || close < 0) throw new Error(`stamped rows: no <${tag}> around the marker`);
  return { start: open, end: close + tag.length + 3 };
}

function cellTemplate(cell: string, marker: string): CellTemplate {
  const first = cell.search(/<w:p[ >]/);
  const last = cell.lastIndexOf('</w:p>');
  const at = cell.indexOf(marker);
  if (first < 0 || last < at || at < first || cell.indexOf(marker, at + 1) >= 0)
    throw new Error('stamped rows: a template cell must hold one paragraph with its marker once');
  const paragraph = cell.slice(first, last + '</w:p>'.length);
  if (/<w:p[ >]/.test(paragraph.slice(1)))
    throw new Error('stamped rows: a template cell must hold exactly one paragraph');
  const cut = paragraph.indexOf(marker);
  return {
    head: cell.slice(0, first),
    before: paragraph.slice(0, cut),
    after: paragraph.slice(cut + marker.length),
    tail: cell.slice(last + '</w:p>'.length),
  };
}

/**
 * Markers for the template rows and the splice that replaces them. Put the template rows next to each
 * other in one table, every cell of each holding `marker(kind, column)` as its only text.
 */
export function rowStamper() {
  const id = randomUUID();
  const kinds = new Map<string, number>();
  const marker = (kind: string, column: number) => `\uE000${id}:${kind}:${column}\uE000`;

  function templates(xml: string): { rows: Map<string, RowTemplate>; start: number; end: number } {
    const rows = new Map<string, RowTemplate>();
    const spans: { start: number; end: number }[] = [];
    for (const [kind, columns] of kinds) {
      const at = xml.indexOf(marker(kind, 0));
      if (at < 0) throw new Error(`stamped rows: template row ${kind} is missing`);
      const span = enclosing(xml, 'w:tr', at);
      spans.push(span);
      const row = xml.slice(span.start, span.end);
      const cells = [...row.matchAll(/<w:tc[ >][\s\S]*?<\/w:tc>/g)];
      if (cells.length !== columns)
        throw new Error(`stamped rows: template row ${kind} has ${cells.length} cells, not ${columns}`);
      rows.set(kind, {
        head: row.slice(0, cells[0]?.index ?? 0),
        cells: cells.map((c, i) => cellTemplate(c[0], marker(kind, i))),
        tail: row.slice((cells.at(-1)?.index ?? 0) + (cells.at(-1)?.[0].length ?? 0)),
      });
    }
    spans.sort((a, b) => a.start - b.start);
    // The template rows must sit together: the splice replaces exactly them.
    spans.forEach((s, i) => {
      const next = spans[i + 1];
      if (next && next.start !== s.end) throw new Error('stamped rows: the template rows are not adjacent');
    });
    return { rows, start: spans[0]?.start ?? 0, end: spans.at(-1)?.end ?? 0 };
  }

  function stamp(template: RowTemplate, cells: readonly string[]): string {
    let out = template.head;
    template.cells.forEach((cell, i) => {
      const text = cells[i] ?? '';
      out += cell.head;
      if (!text.includes('\n')) out += cell.before + xmlText(text) + cell.after;
      else for (const part of text.split('\n')) out += cell.before + xmlText(part) + cell.after;
      out += cell.tail;
    });
    return out + template.tail;
  }

  return {
    /** The text to give cell `column` of the template row of `kind` (a row of `columns` cells). */
    marker(kind: string, column: number, columns: number): string {
      kinds.set(kind, columns);
      return marker(kind, column);
    },
    /** The .docx with its template rows replaced by `rows`, each stamped from its kind's template. */
    splice(docx: Uint8Array, rows: Iterable<StampRow>): Buffer {
      const files = unzipSync(docx);
      const part = files[DOCUMENT_PART];
      if (!part) throw new Error('stamped rows: the package has no document part');
      const xml = strFromU8(part);
      const found = templates(xml);
      const out = new Utf8Sink(part.length * 2);
      out.write(xml.slice(0, found.start));
      for (const row of rows) {
        const template = found.rows.get(row.kind);
        if (!template) throw new Error(`stamped rows: no template row ${row.kind}`);
        out.write(stamp(template, row.cells));
      }
      out.write(xml.slice(found.end));
      files[DOCUMENT_PART] = out.bytes();
      return zipWithZlib(files);
    },
  };
}

export type RowStamper = ReturnType<typeof rowStamper>;
