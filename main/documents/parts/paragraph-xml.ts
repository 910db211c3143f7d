// The body's paragraphs and runs written straight as WordprocessingML text. docx would build each as a
// tree of a few dozen small objects, walk it to a second tree and serialise that; a 30-page biên bản
// spent most of its export time there. This writer covers only what the body uses (alignment, first-line
// indent, spacing, keep-with-next, list numbering, a bottom border, and runs in the rule's font with
// bold/italic/underline/strike) and writes exactly the XML docx writes for the same options, element
// and attribute order included (tests/main/documents/paragraph-xml.test.ts compares the two).
import { stripForbiddenChars } from '../../../shared/text-safety';

/** A run's formatting: what docx's RunProperties would get from runOptions() and the marks. */
export interface RunFormat {
  font: string;
  /** Half-points, as w:sz takes them. */
  size: number;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  underline?: boolean;
  color?: string;
  /** A language tag, e.g. vi-VN. */
  language?: string;
}

export type Justification = 'both' | 'left' | 'center' | 'right';

export interface ParagraphFormat {
  /** A list paragraph: docx's implicit ListParagraph style and w:numPr with the list's numId. */
  list?: { reference: string; level: number; instance: number };
  keepNext?: boolean;
  /** A line under the paragraph (a typed `---`): single, 6 eighths of a point, 1 pt from the text. */
  bottomBorder?: boolean;
  spacing: { before?: number; after?: number; line?: number; lineRule?: 'auto' | 'exact' };
  firstLine?: number;
  alignment?: Justification;
  /** The paragraph mark's run properties. */
  run: RunFormat;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// The characters docx escapes, and the C0 controls it drops (XML 1.0 forbids them).
// eslint-disable-next-line no-control-regex -- dropping control characters is this expression's job
const SPECIAL = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Text or an attribute value as XML character data, escaped as docx escapes it. */
export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (char) => ESCAPES[char] ?? '');
}

const onOff = (name: string, value: boolean) => (value ? `<${name}/>` : `<${name} w:val="false"/>`);

/** w:rPr of a format, built once per distinct format (a document has a handful). */
const runPropertiesCache = new Map<string, string>();
const MAX_CACHED = 256;

export function runPropertiesXml(format: RunFormat): string {
  const key = `${format.font}|${format.size}|${format.bold}|${format.italics}|${format.strike}|${format.underline}|${format.color}|${format.language}`;
  let xml = runPropertiesCache.get(key);
  if (xml !== undefined) return xml;
  const font = escapeXml(format.font);
  xml = `<w:rPr><w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;
  if (format.bold !== undefined) xml += onOff('w:b', format.bold) + onOff('w:bCs', format.bold);
  if (format.italics !== undefined) xml += onOff('w:i', format.italics) + onOff('w:iCs', format.italics);
  if (format.strike !== undefined) xml += onOff('w:strike', format.strike);
  if (format.color) xml += `<w:color w:val="${escapeXml(format.color)}"/>`;
  xml += `<w:sz w:val="${format.size}"/>`;
  if (format.size) xml += `<w:szCs w:val="${format.size}"/>`;
  if (format.underline) xml += '<w:u w:val="single"/>';
  if (format.language) xml += `<w:lang w:val="${escapeXml(format.language)}"/>`;
  xml += '</w:rPr>';
  if (runPropertiesCache.size >= MAX_CACHED) runPropertiesCache.clear();
  runPropertiesCache.set(key, xml);
  return xml;
}

/**
 * A run of text: NFC, without the characters XML forbids or bidirectional controls (as textRun() makes
 * every run of the document), escaped.
 */
export function textRunXml(text: string, format: RunFormat): string {
  return `<w:r>${runPropertiesXml(format)}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** Text as character data of a part: NFC, without what XML forbids or bidirectional controls, escaped. */
export function xmlText(text: string): string {
  return escapeXml(stripForbiddenChars(text).normalize('NFC'));
}

/** A manual line break (Shift+Enter) as a run of its own. */
export function breakRunXml(format: RunFormat): string {
  return `<w:r>${runPropertiesXml(format)}<w:br/></w:r>`;
}

/** Stands in a paragraph's XML for its list's numId, which is known only when the document is written. */
export const NUM_ID = '\u0000numId\u0000';

/**
 * The paragraph's w:pPr up to and with its mark's run properties, left open: a paragraph that ends a
 * section gets its w:sectPr after them (raw-paragraph.ts closes it). A list's numId is NUM_ID.
 */
export function paragraphPropertiesXml(format: ParagraphFormat): string {
  let xml = '<w:pPr>';
  if (format.list) xml += '<w:pStyle w:val="ListParagraph"/>';
  if (format.keepNext !== undefined) xml += onOff('w:keepNext', format.keepNext);
  if (format.list)
    xml += `<w:numPr><w:ilvl w:val="${format.list.level}"/><w:numId w:val="${NUM_ID}"/></w:numPr>`;
  if (format.bottomBorder)
    xml += '<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>';
  const { before, after, line, lineRule } = format.spacing;
  xml += '<w:spacing';
  if (after !== undefined) xml += ` w:after="${after}"`;
  if (before !== undefined) xml += ` w:before="${before}"`;
  if (line !== undefined) xml += ` w:line="${line}"`;
  if (lineRule !== undefined) xml += ` w:lineRule="${lineRule}"`;
  xml += '/>';
  if (format.firstLine !== undefined) xml += `<w:ind w:firstLine="${format.firstLine}"/>`;
  if (format.alignment) xml += `<w:jc w:val="${format.alignment}"/>`;
  return xml + runPropertiesXml(format.run);
}
