// The framed marks: "DỰ THẢO" at the top right of page 1 of a draft (and only of a draft), the urgency
// stamp of NĐ 30 ô 10b (20/30/40 × 8 mm, red) under the number in both families, and the
// confidentiality stamp under it.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx } from '../../../main/documents';
import { mm } from '../../../main/documents/rules/types';
import type { Services } from '../../../main/services';
import type { OfficialDocument } from '../../../shared/exchange';
import { trackTestDbs } from '../../helpers/db';
import { headerXml, para, partParagraphs, readDocx, runsOf, type Para } from './docx-reader';

const { withDemo } = trackTestDbs();

async function firstPageHeader(s: Services, id: string): Promise<Para[]> {
  const v = await readDocx(await exportDocx(s.ctx, id));
  return partParagraphs(await headerXml(v, v.sections[0]!, 'first'));
}

const framed = (p: Para, color: string, style = 'single') =>
  (['top', 'bottom', 'left', 'right'] as const).every(
    (side) => p.borders[side]?.val === style && p.borders[side]?.color === color,
  );

/** The stamp's outer width: the text between the indents, plus on each side the 2 pt spacing and 1 pt frame Word draws outside it. */
const outerWidth = (p: Para, cellWidth: number) => cellWidth - p.left - p.right + 2 * (2 + 1) * 20;

function draftOf(s: Services, id: string, patch: Partial<OfficialDocument> = {}) {
  return s.documents.saveDraft({ ...s.documents.get(id), id: crypto.randomUUID(), ...patch });
}

describe('DỰ THẢO', () => {
  it('marks a draft at the top right of its first page: capitals, bold, in a frame', async () => {
    const { services: s } = withDemo();
    const header = await firstPageHeader(s, draftOf(s, demoIds.notice2015).id);
    const mark = header.find((p) => p.text === 'DỰ THẢO')!;
    expect(mark).toBeDefined();
    expect(runsOf(mark).every((r) => r.bold && r.font === 'Times New Roman')).toBe(true);
    expect(framed(mark, '000000')).toBe(true);
    // Pushed against the right edge: no right indent beyond the frame's own spacing, a wide left one.
    expect(mark.right).toBeLessThan(mm(3));
    expect(mark.left).toBeGreaterThan(mm(100));
  });

  it('marks the Party draft of the demo too, and never an issued document', async () => {
    const { services: s } = withDemo();
    expect((await firstPageHeader(s, demoIds.notice2021)).map((p) => p.text)).toContain('DỰ THẢO');
    const issued = await firstPageHeader(s, demoIds.notice2015);
    expect(issued.map((p) => p.text).join('')).toBe('');
    const v = await readDocx(await exportDocx(s.ctx, demoIds.notice2015));
    expect(v.paragraphs.some((p) => p.text.includes('DỰ THẢO'))).toBe(false);
  });
});

describe('urgency and confidentiality stamps', () => {
  const cases = [
    ['khan', 'KHẨN', 20],
    ['hoa-toc', 'HỎA TỐC', 30],
    ['thuong-khan', 'THƯỢNG KHẨN', 40],
  ] as const;

  it.each(cases)(
    'prints %s as a red framed stamp %s of %i × 8 mm under the number (state)',
    async (urgency, word, width) => {
      const { services: s } = withDemo();
      const v = await readDocx(await exportDocx(s.ctx, draftOf(s, demoIds.notice2015, { urgency }).id));
      const stamp = para(v, word);
      const number = v.paragraphs.find((p) => p.text.startsWith('Số:'))!;
      expect(stamp.cell).toEqual(number.cell);
      expect(v.paragraphs.indexOf(stamp)).toBe(v.paragraphs.indexOf(number) + 1);
      expect(framed(stamp, 'FF0000')).toBe(true);
      expect(runsOf(stamp).every((r) => r.bold && r.size === 13)).toBe(true);
      expect(stamp.lineRule).toBe('exact');
      const xml = await v.part('word/document.xml');
      expect(xml).toMatch(new RegExp(`<w:color w:val="FF0000"/>(?:(?!</w:r>).)*${word}`));
      const cell = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(xml)![1]);
      expect(Math.abs(outerWidth(stamp, cell) - mm(width))).toBeLessThan(mm(1));
    },
  );

  it('frames the urgency of a Party document too, 14 pt, and the confidentiality with a double frame', async () => {
    const { services: s } = withDemo();
    const v = await readDocx(
      await exportDocx(
        s.ctx,
        draftOf(s, demoIds.notice2021, { urgency: 'hoa-toc', confidentiality: 'toi-mat' }).id,
      ),
    );
    const urgent = para(v, 'HỎA TỐC');
    expect(framed(urgent, 'FF0000')).toBe(true);
    expect(runsOf(urgent).every((r) => r.bold && r.size === 14)).toBe(true);
    const secret = para(v, 'TỐI MẬT');
    expect(framed(secret, 'FF0000', 'double')).toBe(true);
    expect(v.paragraphs.indexOf(secret)).toBe(v.paragraphs.indexOf(urgent) + 1);
  });
});
