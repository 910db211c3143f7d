// The export's shortcuts write what docx itself writes: the parts come from docx's own compiler and
// only their zipping moves to Node's zlib; a run's shared w:rPr is the one docx builds for its options.
// (The body's paragraphs written as XML text are compared with docx's in paragraph-xml.test.ts.)
import { Document, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../main/documents';
import { saveBodySample } from '../../../main/documents/body-sample';
import { buildDocument } from '../../../main/documents/export';
import { loadExportModel } from '../../../main/documents/model';
import { packDocx, partCompiler } from '../../../main/documents/pack';
import { runOptions, textRun } from '../../../main/documents/parts/text';
import { rulesFor } from '../../../main/documents/rules';
import { trackTestDbs } from '../../helpers/db';

const { withDemo } = trackTestDbs();

/** Every part of a .docx by path, as text; the creation time stamps taken out of docProps/core.xml. */
async function partsOf(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const text = await file.async('string');
    parts.set(file.name, text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><'));
  }
  return parts;
}

describe('packing a document', () => {
  it("finds docx's compiler, so exports skip fflate's JavaScript deflate", () => {
    // When this fails a docx release moved Packer's compiler: exports still work through
    // Packer.toBuffer, slower; find the new place in node_modules/docx/dist/index.mjs.
    expect(partCompiler()).toBeDefined();
  });

  it('writes the same parts, in the same order, as Packer.toBuffer (its path without the compiler)', async () => {
    const { services: s } = withDemo();
    const id = saveBodySample(s).id;
    const model = loadExportModel(s.ctx, id);
    const overrides = [{ path: 'word/extra.xml', data: '<extra>ổn định</extra>' }];
    const ours = await partsOf(await packDocx(buildDocument(model), overrides));
    const docx = await partsOf(await packDocx(buildDocument(model), overrides, null));
    // every paragraph written as XML text found its place, in both
    expect(ours.get('word/document.xml')).not.toContain('sohopRaw');
    expect(docx.get('word/document.xml')).not.toContain('sohopRaw');
    expect(ours.get('word/document.xml')).toContain('NHIỆM VỤ TRỌNG TÂM NĂM 2016');
    expect([...ours.keys()]).toEqual([...docx.keys()]);
    expect(ours).toEqual(docx);
    expect(ours.get('word/extra.xml')).toBe('<extra>ổn định</extra>');
    // and the export the user takes is such a package
    const exported = await partsOf(await exportDocx(s.ctx, id));
    expect(exported.get('word/document.xml')).toBe(ours.get('word/document.xml'));
  });
});

describe('runs sharing their properties', () => {
  const rules = rulesFor('state');
  const sets: Array<Partial<IRunOptions>> = [
    runOptions(rules, rules.body.text),
    runOptions(rules, rules.body.text, { bold: true, italics: true, underline: {}, strike: true }),
    runOptions(rules, { ...rules.body.text, size: 13, bold: true, underline: true }),
    { font: rules.font, size: 24 },
    {},
  ];
  const texts = ['Ý kiến 1: ', 'Đồng chí Giám đốc Sở', 'CURRENT', 'TOTAL_PAGES', '', 'a < b & c'];

  async function documentXml(makeRun: (options: IRunOptions & { text: string }) => TextRun) {
    const children = sets.flatMap((options) =>
      texts.map(
        (text) => new Paragraph({ children: [makeRun({ ...options, text }), makeRun({ ...options, text })] }),
      ),
    );
    const parts = await partsOf(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    return parts.get('word/document.xml') ?? '';
  }

  it("write each run's w:rPr as docx writes it for the run's own options", async () => {
    const shared = await documentXml(textRun);
    expect(shared).toBe(await documentXml((options) => new TextRun(options)));
    expect(shared).toContain('<w:t xml:space="preserve">CURRENT</w:t>');
    expect(shared).not.toContain('w:fldChar');
    expect(shared.match(/<w:lang w:val="vi-VN"\/>/g)).toHaveLength(3 * texts.length * 2);
  });
});
