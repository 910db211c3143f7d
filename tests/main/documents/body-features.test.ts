// The body as an official text prints it, read back from the DOCX XML: headings numbered once (or not at
// all), lists three levels deep, tables that stay whole and inside the margins, a landscape page for a
// wide table, Vietnamese on every run, the font table, a typed `---`, and manual line breaks that Word
// does not stretch.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx } from '../../../main/documents';
import { saveBodySample } from '../../../main/documents/body-sample';
import { LANDSCAPE_COLUMNS } from '../../../main/documents/parts/table';
import { A4, mm } from '../../../main/documents/rules/types';
import type { RichTextNode } from '../../../shared/rich-text';
import { trackTestDbs } from '../../helpers/db';
import {
  attr,
  child,
  headerXml,
  kids,
  numberingOf,
  para,
  partRuns,
  readDocx,
  runsOf,
  tagOf,
  type DocxView,
} from './docx-reader';

const { withDemo } = trackTestDbs();

async function sampleView(): Promise<DocxView> {
  const { services: s } = withDemo();
  return readDocx(await exportDocx(s.ctx, saveBodySample(s).id));
}

const heading = (level: number, text: string, attrs: Record<string, unknown> = {}): RichTextNode => ({
  type: 'heading',
  attrs: { level, ...attrs },
  content: [{ type: 'text', text }],
});

describe('headings', () => {
  it('prints an unnumbered heading without a number, centred as typed, and restarts I. under each part', async () => {
    const v = await sampleView();
    for (const part of ['PHẦN THỨ NHẤT', 'PHẦN THỨ HAI']) {
      const p = para(v, part);
      expect(p.align).toBe('center');
      expect(p.numId).toBeUndefined();
      expect(runsOf(p).every((r) => r.bold)).toBe(true);
    }
    const texts = v.paragraphs.map((p) => p.text);
    const order = [
      'PHẦN THỨ NHẤT',
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2015',
      '1. Về công tác tham mưu',
      'a) Tham mưu văn bản chỉ đạo, điều hành',
      'b) Tổng hợp, báo cáo',
      'III. TỒN TẠI, HẠN CHẾ',
      'PHẦN THỨ HAI',
      'I. NHIỆM VỤ TRỌNG TÂM NĂM 2016',
    ].map((t) => texts.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('never numbers a heading the author numbered, a division, or a heading marked numbered: false', async () => {
    const { services: s } = withDemo();
    const source = s.documents.get(demoIds.notice2015);
    const doc = s.documents.saveDraft({
      ...source,
      id: crypto.randomUUID(),
      body: {
        type: 'doc',
        content: [
          heading(1, 'II. Đã có số La Mã'),
          heading(1, 'Tiếp theo số tự gõ'),
          heading(2, '3. Đã có số'),
          heading(2, 'Tiếp theo số 3'),
          heading(3, 'đ) Đã có chữ'),
          heading(1, 'Chương II'),
          heading(1, 'Mục tiêu chung'),
          heading(1, 'Phần mềm quản lý văn bản'),
          heading(2, 'Lời nói đầu', { numbered: false }),
          heading(2, 'Sau lời nói đầu'),
        ],
      },
    });
    const v = await readDocx(await exportDocx(s.ctx, doc.id));
    for (const text of [
      'II. ĐÃ CÓ SỐ LA MÃ',
      'III. TIẾP THEO SỐ TỰ GÕ',
      '3. Đã có số',
      '4. Tiếp theo số 3',
      'đ) Đã có chữ',
      'CHƯƠNG II',
      // "Mục tiêu" and "Phần mềm" are words, not divisions: numbered from I. again after "Chương II".
      'I. MỤC TIÊU CHUNG',
      'II. PHẦN MỀM QUẢN LÝ VĂN BẢN',
      'Lời nói đầu',
      '1. Sau lời nói đầu',
    ])
      expect(para(v, text).numId).toBeUndefined();
  });

  it("never prints a biên bản's own title heading as I. BIÊN BẢN…", async () => {
    const { services: s } = withDemo();
    const source = s.documents.get(demoIds.notice2015);
    const doc = s.documents.saveDraft({
      ...source,
      id: crypto.randomUUID(),
      type: 'minutes',
      body: { type: 'doc', content: [heading(1, 'Biên bản phiên họp'), heading(1, 'Nội dung')] },
    });
    const v = await readDocx(await exportDocx(s.ctx, doc.id));
    expect(para(v, 'BIÊN BẢN PHIÊN HỌP')).toBeDefined();
    expect(para(v, 'I. NỘI DUNG')).toBeDefined();
  });
});

describe('lists', () => {
  it('numbers ordered lists three levels deep as 1. → a) → -', async () => {
    const v = await sampleView();
    const levels = await Promise.all(
      [
        'Tiếp tục cải cách hành chính:',
        'Rà soát quy trình giải quyết công việc:',
        'Quy trình tiếp nhận văn bản đến.',
      ].map(async (text) => {
        const p = para(v, text);
        return [p.ilvl, await numberingOf(v, p)];
      }),
    );
    expect(levels).toEqual([
      [0, { text: '%1.', format: 'decimal' }],
      [1, { text: '%2)', format: 'lowerLetter' }],
      [2, { text: '-', format: 'bullet' }],
    ]);
    // The three levels are one Word list: the second item of level 2 continues it.
    expect(para(v, 'Quy trình phát hành văn bản đi.').numId).toBe(
      para(v, 'Quy trình tiếp nhận văn bản đến.').numId,
    );
  });
});

describe('tables', () => {
  const portraitText = A4.width - mm(30) - mm(15);
  const gridWidths = (table: Parameters<typeof kids>[0]) =>
    kids(child(table, 'w:tblGrid')!).map((c) => Number(attr(c, 'w:w')));

  it('repeats the header row, never splits a row across pages, and keeps the table inside the margins', async () => {
    const v = await sampleView();
    const index = para(v, 'Nội dung nhiệm vụ').cell!.table;
    const table = v.tables[index]!;
    const rows = kids(table).filter((k) => tagOf(k) === 'w:tr');
    expect(rows).toHaveLength(25);
    const rowProps = rows.map((r) => child(r, 'w:trPr'));
    expect(child(rowProps[0], 'w:tblHeader')).toBeDefined();
    expect(rowProps.slice(1).every((p) => child(p, 'w:tblHeader') === undefined)).toBe(true);
    expect(rowProps.every((p) => child(p, 'w:cantSplit') !== undefined)).toBe(true);
    const widths = gridWidths(table);
    expect(widths).toHaveLength(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(portraitText);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(portraitText - 20);
    const tblPr = child(table, 'w:tblPr');
    expect(attr(child(tblPr, 'w:tblLayout'), 'w:type')).toBe('fixed');
    expect(child(tblPr, 'w:tblInd')).toBeUndefined();
    expect(v.tableSections[index]).toBe(0);
  });

  it(`turns the page to landscape for a table of more than ${LANDSCAPE_COLUMNS} columns, with the line introducing it`, async () => {
    const v = await sampleView();
    const index = para(v, 'Quý III').cell!.table;
    const section = v.tableSections[index]!;
    expect(section).toBeGreaterThan(0);
    const landscape = v.sections[section]!;
    const size = child(landscape, 'w:pgSz');
    expect([attr(size, 'w:w'), attr(size, 'w:h'), attr(size, 'w:orient')]).toEqual([
      String(A4.height),
      String(A4.width),
      'landscape',
    ]);
    // Bound on its top edge: the 30 mm binding margin is the landscape page's top.
    const mar = child(landscape, 'w:pgMar');
    expect([attr(mar, 'w:top'), attr(mar, 'w:bottom'), attr(mar, 'w:left'), attr(mar, 'w:right')]).toEqual(
      [mm(30), mm(15), mm(20), mm(20)].map(String),
    );
    const widths = gridWidths(v.tables[index]!);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(A4.height - 2 * mm(20));
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(portraitText);
    expect(para(v, 'Tiến độ theo từng quý của các cơ quan:').section).toBe(section);
    // The signature's section, the last, is portrait again, and page numbers run on (no restart).
    const last = v.sections[v.sections.length - 1]!;
    expect(attr(child(last, 'w:pgSz'), 'w:orient')).not.toBe('landscape');
    expect(v.sections.every((s) => attr(child(s, 'w:pgNumType'), 'w:start') === undefined)).toBe(true);
    // Page 1 alone has no number: only the first section has a first-page header, and it holds none.
    expect(child(v.sections[0], 'w:titlePg')).toBeDefined();
    expect(await headerXml(v, v.sections[0]!, 'first')).not.toContain('PAGE');
    for (const later of v.sections.slice(1)) {
      expect(child(later, 'w:titlePg')).toBeUndefined();
      expect(await headerXml(v, later, 'default')).toContain('PAGE');
    }
    expect(para(v, 'Văn phòng UBND tỉnh thông báo để các phòng, đơn vị biết, thực hiện./.').section).toBe(
      v.sections.length - 1,
    );
  });
  /** The body sample cut after the table holding `cellText`: a body that ends with that table. */
  async function endingWithTable(cellText: string): Promise<DocxView> {
    const { services: s } = withDemo();
    const sample = saveBodySample(s);
    const content = sample.body.content ?? [];
    const at = content.findIndex((n) => n.type === 'table' && JSON.stringify(n).includes(cellText));
    expect(at).toBeGreaterThan(0);
    const doc = s.documents.saveDraft({
      ...sample,
      body: { type: 'doc', content: content.slice(0, at + 1) },
    });
    return readDocx(await exportDocx(s.ctx, doc.id));
  }
  const signatureSection = (v: DocxView) => para(v, 'Nơi nhận:').section;

  it('keeps the last row of a table ending the body with the signature, never the signature alone', async () => {
    const v = await endingWithTable('Nội dung nhiệm vụ');
    const index = para(v, 'Nội dung nhiệm vụ').cell!.table;
    const cells = v.paragraphs.filter((p) => p.cell?.table === index);
    const last = Math.max(...cells.map((p) => p.cell!.row));
    for (const p of cells) expect([p.cell!.row, p.keepNext]).toEqual([p.cell!.row, p.cell!.row === last]);
    // A table inside the body (the sample as a whole) keeps no row with what follows.
    const whole = await sampleView();
    const inside = para(whole, 'Nội dung nhiệm vụ').cell!.table;
    expect(whole.paragraphs.filter((p) => p.cell?.table === inside).some((p) => p.keepNext)).toBe(false);
    expect(signatureSection(v)).toBe(v.tableSections[index]);
  });

  it('signs on the landscape pages of a wide table ending the body, across their width', async () => {
    const v = await endingWithTable('Quý III');
    const index = para(v, 'Quý III').cell!.table;
    const section = v.tableSections[index]!;
    expect(attr(child(v.sections[section], 'w:pgSz'), 'w:orient')).toBe('landscape');
    // No portrait page after it holding nothing but the signature.
    expect(section).toBe(v.sections.length - 1);
    expect(signatureSection(v)).toBe(section);
    const lastRow = Math.max(...v.paragraphs.filter((p) => p.cell?.table === index).map((p) => p.cell!.row));
    expect(
      v.paragraphs.filter((p) => p.cell?.table === index && p.cell.row === lastRow).every((p) => p.keepNext),
    ).toBe(true);
    // The signature's layout table spans the landscape text width, its block on the right.
    const signature = v.tables[para(v, 'Nơi nhận:').cell!.table]!;
    const total = gridWidths(signature).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(portraitText);
    expect(total).toBeLessThanOrEqual(A4.height - 2 * mm(20));
  });
});

describe('text the way Word reads it', () => {
  it('tags every run vi-VN, in the body, the headers and the default run properties', async () => {
    const v = await sampleView();
    const parts = ['word/document.xml', ...v.files.filter((f) => /^word\/header\d+\.xml$/.test(f))];
    let total = 0;
    for (const name of parts) {
      const runs = partRuns(await v.part(name));
      total += runs.length;
      const untagged = runs.filter((r) => attr(child(r.rPr, 'w:lang'), 'w:val') !== 'vi-VN');
      expect(untagged, name).toEqual([]);
    }
    expect(total).toBeGreaterThan(100);
    const styles = await v.part('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="vi-VN"\/>.*<\/w:rPr><\/w:rPrDefault>/);
  });

  it('declares Times New Roman in the font table, with the Vietnamese code page', async () => {
    const v = await sampleView();
    const fonts = await v.part('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="Times New Roman">');
    expect(fonts).toMatch(/w:csb0="000001FF"/);
  });

  it('leaves a justified line ending in a manual line break unstretched (doNotExpandShiftReturn)', async () => {
    const v = await sampleView();
    // `para` reads the break as a space.
    const broken = para(
      v,
      'Địa chỉ nhận ý kiến góp ý: Phòng Tổng hợp, Văn phòng UBND tỉnh, số 16 đường Trường Thi, thành phố Vinh.',
    );
    expect(broken.align).toBe('both');
    expect(broken.runs.some((r) => r.hasBreak)).toBe(true);
    const settings = await v.part('word/settings.xml');
    expect(settings).toMatch(/<w:compat>.*<w:doNotExpandShiftReturn\/>.*<\/w:compat>/);
  });

  it('prints a typed --- as an empty paragraph with a rule across the text', async () => {
    const v = await sampleView();
    const i = v.paragraphs.findIndex((p) => p.text === 'Danh mục nhiệm vụ giao các cơ quan, đơn vị:');
    const rule = v.paragraphs[i - 1]!;
    expect(rule.text).toBe('');
    expect(rule.borders.bottom).toMatchObject({ val: 'single', color: '000000' });
    expect([rule.left, rule.right]).toEqual([0, 0]);
  });

  it('keeps the marks of the editor on their runs: bold, italic, underline, strike', async () => {
    const v = await sampleView();
    const p = v.paragraphs.find((x) => x.text.startsWith('Năm 2015, Văn phòng UBND tỉnh đã'))!;
    const run = (text: string) => p.runs.find((r) => r.text === text)!;
    expect(run('hoàn thành').bold).toBe(true);
    expect(run('tham mưu kịp thời').italic).toBe(true);
    expect(run('chất lượng văn bản').underline).toBe(true);
    const xml = await v.part('word/document.xml');
    expect(xml).toMatch(/<w:strike\/>(?:(?!<\/w:r>).)*không còn văn bản quá hạn/);
  });
});

describe('characters XML forbids', () => {
  it('strips U+FFFE, C0 controls and bidirectional overrides from every run, so Word opens the file', async () => {
    const t = withDemo();
    const source = t.services.documents.get(demoIds.notice2015);
    const id = crypto.randomUUID();
    // Straight into the database, as text saved before the import learned to strip them.
    t.services.ctx.repos.documents.upsert({
      ...source,
      id,
      status: 'draft',
      summary: 'Trích yếu\uFFFE có ký tự lạ',
      body: {
        type: 'doc',
        content: [
          heading(1, 'Tiêu\u0001 đề'),
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Tên \u202Eđảo ngược\u202C và\u0008 dấu\uFFFF lạ' }],
          },
        ],
      },
      recipients: ['Lưu:\u000B VT.'],
    });
    const v = await readDocx(await exportDocx(t.services.ctx, id));
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/;
    for (const name of v.files.filter((f) => f.endsWith('.xml')))
      expect(forbidden.test(await v.part(name)), name).toBe(false);
    expect(para(v, 'I. TIÊU ĐỀ')).toBeDefined();
    expect(para(v, 'Tên đảo ngược và dấu lạ')).toBeDefined();
    expect(para(v, 'Trích yếu có ký tự lạ')).toBeDefined();
    expect(para(v, '- Lưu: VT.')).toBeDefined();
  });
});
