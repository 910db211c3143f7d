// The body's paragraphs are written as XML text (parts/paragraph-xml.ts, parts/raw-paragraph.ts) instead
// of docx objects. That text must be what docx writes for the same options, byte for byte, wherever the
// paragraph stands (a list, a table cell, the end of a section), and hostile text must come out escaped.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../main/documents/pack';
import { BULLET, numberingOptions, ORDERED } from '../../../main/documents/parts/numbering';
import {
  breakRunXml,
  escapeXml,
  textRunXml,
  type ParagraphFormat,
  type RunFormat,
} from '../../../main/documents/parts/paragraph-xml';
import { RawParagraph } from '../../../main/documents/parts/raw-paragraph';
import { rulesFor } from '../../../main/documents/rules';
import { stripForbiddenChars } from '../../../shared/text-safety';

const rules = rulesFor('state');
const plain: RunFormat = {
  font: 'Times New Roman',
  size: 28,
  bold: false,
  italics: false,
  color: '000000',
  language: 'vi-VN',
};
const runFormats: RunFormat[] = [
  plain,
  { ...plain, bold: true },
  { ...plain, bold: true, italics: true, underline: true, strike: true },
  { ...plain, size: 26, underline: true },
  { font: 'Times New Roman', size: 24 },
];
const HOSTILE = 'a < b && c > d "trích" \'dẫn\' ]]> <w:t> \uFFFE\u0001 😀 Tiếng Việt\u0301';

/** One run as the test gives it: text in a format, or a manual line break. */
type Run = { text: string; format: RunFormat } | { break: true; format: RunFormat };
const runs: Run[] = [
  { text: 'Ý kiến 1: ', format: runFormats[1]! },
  { text: HOSTILE, format: plain },
  { break: true, format: plain },
  { text: '', format: runFormats[2]! },
  { text: 'CURRENT', format: runFormats[3]! },
  { text: 'cỡ 12', format: runFormats[4]! },
];

const formats: ParagraphFormat[] = [
  {
    keepNext: false,
    spacing: { before: 0, after: 120, line: 276, lineRule: 'auto' },
    firstLine: 567,
    alignment: 'both',
    run: plain,
  },
  {
    keepNext: true,
    spacing: { before: 120, after: 120, line: 276, lineRule: 'auto' },
    firstLine: 0,
    alignment: 'center',
    run: plain,
  },
  {
    keepNext: false,
    spacing: { before: 0, after: 120, line: 360, lineRule: 'exact' },
    firstLine: 567,
    alignment: 'left',
    run: runFormats[3]!,
  },
  { keepNext: false, spacing: { before: 0, after: 0 }, alignment: 'right', run: plain },
  { bottomBorder: true, spacing: { before: 0, after: 120, line: 240 }, run: plain },
  { spacing: { before: 40, after: 40, line: 240, lineRule: 'auto' }, alignment: 'left', run: runFormats[4]! },
  {
    list: { reference: ORDERED, level: 0, instance: 1 },
    keepNext: false,
    spacing: { after: 120 },
    firstLine: 567,
    alignment: 'both',
    run: plain,
  },
  {
    list: { reference: ORDERED, level: 1, instance: 1 },
    keepNext: false,
    spacing: { after: 120 },
    firstLine: 567,
    alignment: 'both',
    run: plain,
  },
  {
    list: { reference: BULLET, level: 2, instance: 2 },
    keepNext: true,
    spacing: { after: 120 },
    firstLine: 567,
    alignment: 'both',
    run: plain,
  },
  {
    list: { reference: ORDERED, level: 0, instance: 3 },
    keepNext: false,
    spacing: { after: 120 },
    firstLine: 567,
    alignment: 'both',
    run: plain,
  },
];

function docxRun(format: RunFormat): IRunOptions {
  return {
    font: format.font,
    size: format.size,
    bold: format.bold,
    italics: format.italics,
    strike: format.strike,
    color: format.color,
    ...(format.language ? { language: { value: format.language } } : {}),
    ...(format.underline ? { underline: {} } : {}),
  };
}

/** The same paragraph as docx objects: what the exporter built before it wrote XML itself. */
function docxParagraph(format: ParagraphFormat): Paragraph {
  const options: IParagraphOptions = {
    ...(format.alignment
      ? {
          alignment:
            AlignmentType[
              ({ both: 'JUSTIFIED', left: 'LEFT', center: 'CENTER', right: 'RIGHT' } as const)[
                format.alignment
              ]
            ],
        }
      : {}),
    ...(format.firstLine !== undefined ? { indent: { firstLine: format.firstLine } } : {}),
    spacing: format.spacing,
    ...(format.keepNext !== undefined ? { keepNext: format.keepNext } : {}),
    ...(format.list ? { numbering: format.list } : {}),
    ...(format.bottomBorder
      ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } }
      : {}),
    run: docxRun(format.run),
    children: runs.map((run) =>
      'break' in run
        ? new TextRun({ ...docxRun(run.format), break: 1 })
        : new TextRun({ ...docxRun(run.format), text: stripForbiddenChars(run.text).normalize('NFC') }),
    ),
  };
  return new Paragraph(options);
}

function rawParagraph(format: ParagraphFormat): Paragraph {
  const xml = runs.map((run) =>
    'break' in run ? breakRunXml(run.format) : textRunXml(run.text, run.format),
  );
  return new RawParagraph(format, xml.join(''));
}

/** A document of every format: in the body, in a table cell, and ending a landscape section. */
function documentOf(make: (format: ParagraphFormat) => Paragraph): Document {
  const cell = new TableCell({ children: formats.map(make) });
  return new Document({
    numbering: numberingOptions(rules),
    sections: [
      { children: [...formats.map(make), new Table({ rows: [new TableRow({ children: [cell] })] })] },
      { properties: { page: { size: { orientation: 'landscape' } } }, children: formats.map(make) },
      { children: formats.map(make) },
    ],
  });
}

async function part(docx: Buffer, path: string): Promise<string> {
  return (await JSZip.loadAsync(docx)).file(path)?.async('string') ?? '';
}

describe('paragraphs written as XML text', () => {
  it('are what docx writes for the same options, in the body, a table cell and at the end of a section', async () => {
    const ours = await packDocx(documentOf(rawParagraph));
    const docx = await Packer.toBuffer(documentOf(docxParagraph));
    const xml = await part(ours, 'word/document.xml');
    expect(xml).toBe(await part(docx, 'word/document.xml'));
    expect(await part(ours, 'word/numbering.xml')).toBe(await part(docx, 'word/numbering.xml'));
    // the landscape section ends in our paragraph, which holds its properties (no empty paragraph added
    // for them, as for the first section, which ends with a table)
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(3);
    expect(xml.match(/<\/w:rPr><w:sectPr>/g)).toHaveLength(1);
    expect(xml).not.toContain('sohopRaw');
  });

  it('are the same through Packer.toBuffer when docx moves its compiler', async () => {
    const viaCompiler = await packDocx(documentOf(rawParagraph));
    const viaPacker = await packDocx(documentOf(rawParagraph), [], null);
    expect(await part(viaPacker, 'word/document.xml')).toBe(await part(viaCompiler, 'word/document.xml'));
  });
});

describe('escaping hostile text', () => {
  it('escapes markup characters and quotes, and keeps surrogate pairs and Vietnamese', () => {
    expect(escapeXml('<w:t>a & b</w:t> ]]> "x" \'y\' 😀')).toBe(
      '&lt;w:t&gt;a &amp; b&lt;/w:t&gt; ]]&gt; &quot;x&quot; &apos;y&apos; 😀',
    );
  });

  it('drops what XML forbids: U+FFFE, C0 controls, lone surrogates, bidirectional overrides', () => {
    const xml = textRunXml('A\uFFFEB\u0001C\uD800D\u202EE\tF', plain);
    expect(xml).toContain('<w:t xml:space="preserve">ABCDE\tF</w:t>');
  });

  it('writes text in NFC', () => {
    expect(textRunXml('Vie\u0302\u0323t', plain)).toContain('>Việt<');
  });

  it('parses back to the text as typed, whatever the text', async () => {
    const doc = new Document({
      sections: [{ children: [new RawParagraph(formats[0]!, textRunXml(HOSTILE, plain))] }],
    });
    const xml = await part(await packDocx(doc), 'word/document.xml');
    const text = /<w:t xml:space="preserve">([^<]*)<\/w:t>/.exec(xml)?.[1] ?? '';
    const decoded = text.replace(
      /&(lt|gt|amp|quot|apos);/g,
      (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '',
    );
    expect(decoded).toBe(HOSTILE.replace('\uFFFE\u0001', '').normalize('NFC'));
    expect(decoded).toContain('😀');
  });
});
