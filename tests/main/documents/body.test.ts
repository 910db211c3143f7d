// The body map on every node and mark it knows, the urgency mark, and margins within the legal range.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx } from '../../../main/documents';
import { mm } from '../../../main/documents/rules/types';
import type { RichTextNode } from '../../../shared/rich-text';
import { trackTestDbs } from '../../helpers/db';
import { attr, child, numberingOf, para, readDocx, runsOf } from './docx-reader';

const { withDemo } = trackTestDbs();
const t = (text: string, ...marks: string[]): RichTextNode => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (content: RichTextNode[], textAlign = 'justify'): RichTextNode => ({
  type: 'paragraph',
  attrs: { textAlign },
  content,
});

const body: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [t('Kết quả đạt được')] },
    { type: 'heading', attrs: { level: 2 }, content: [t('Về kinh tế')] },
    { type: 'heading', attrs: { level: 3 }, content: [t('Nông nghiệp')] },
    { type: 'heading', attrs: { level: 3 }, content: [t('Công nghiệp')] },
    { type: 'heading', attrs: { level: 1 }, content: [t('Nhiệm vụ')] },
    p([
      t('Đậm', 'bold'),
      t(' nghiêng', 'italic'),
      t(' gạch chân', 'underline'),
      { type: 'hardBreak' },
      t('dòng hai'),
    ]),
    p([t('Căn giữa')], 'center'),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p([t('Gạch đầu dòng')])] }] },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            p([t('Mục ba')]),
            { type: 'orderedList', content: [{ type: 'listItem', content: [p([t('Điểm a')])] }] },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      content: [
        {
          type: 'listItem',
          content: [
            p([t('Sáu điểm')]),
            {
              type: 'orderedList',
              content: ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu'].map((n) => ({
                type: 'listItem',
                content: [p([t(`Điểm ${n}`)])],
              })),
            },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [p([t('Cột')])] },
            { type: 'tableHeader', content: [p([t('Ghi chú')])] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [p([t('1')])] },
            { type: 'tableCell', content: [p([t('Có')])] },
          ],
        },
      ],
    },
    p([t('Kết thúc./.')]),
  ],
};

async function exported(options = {}) {
  const { services: s } = withDemo();
  const source = s.documents.get(demoIds.notice2015);
  const doc = s.documents.saveDraft({
    ...source,
    id: crypto.randomUUID(),
    body,
    urgency: 'hoa-toc',
    confidentiality: 'mat',
  });
  return readDocx(await exportDocx(s.ctx, doc.id, options));
}

describe('the body map', () => {
  it('numbers headings I. → 1. → a) (Vietnamese letters), level 1 in capitals, bold', async () => {
    const v = await exported();
    for (const text of [
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      '1. Về kinh tế',
      'a) Nông nghiệp',
      'b) Công nghiệp',
      'II. NHIỆM VỤ',
    ])
      expect(para(v, text)).toBeDefined();
    expect(runsOf(para(v, 'I. KẾT QUẢ ĐẠT ĐƯỢC')).every((r) => r.bold)).toBe(true);
    expect(runsOf(para(v, 'a) Nông nghiệp')).some((r) => r.bold)).toBe(false);
  });

  it('maps bold, italic, underline, hard breaks and alignment', async () => {
    const v = await exported();
    const marked = para(v, 'Đậm nghiêng gạch chân dòng hai');
    expect(marked.runs.map((r) => [r.text, r.bold, r.italic, r.underline])).toEqual([
      ['Đậm', true, false, false],
      [' nghiêng', false, true, false],
      [' gạch chân', false, false, true],
      ['\n', false, false, false],
      ['dòng hai', false, false, false],
    ]);
    expect(para(v, 'Căn giữa').align).toBe('center');
  });

  it('makes lists real Word numbering, nested levels included, and tables real tables', async () => {
    const v = await exported();
    const bullet = para(v, 'Gạch đầu dòng');
    const three = para(v, 'Mục ba');
    const a = para(v, 'Điểm a');
    expect([bullet.numId, three.numId, a.numId].every(Boolean)).toBe(true);
    expect(three.numId).not.toBe(bullet.numId);
    const numbering = await v.part('word/numbering.xml');
    expect(numbering).toMatch(/<w:start w:val="3"\/>/);
    expect(numbering).toMatch(/<w:lvlText w:val="%2\)"\/>/);
    const header = para(v, 'Ghi chú');
    expect(header.cell).toMatchObject({ row: 0, cell: 1 });
    expect(runsOf(header)[0]).toMatchObject({ bold: true, font: 'Times New Roman', size: 13 });
    const borders = child(child(v.tables[header.cell!.table], 'w:tblPr'), 'w:tblBorders');
    expect(attr(child(borders, 'w:insideH'), 'w:val')).toBe('single');
  });

  it('letters a long nested list as Vietnamese texts do: a), b), c), d), đ), e)', async () => {
    const v = await exported();
    const printed = await Promise.all(
      ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu'].map(async (n) => {
        const item = para(v, `Điểm ${n}`);
        const { text, format } = await numberingOf(v, item);
        return [item.ilvl, text, format];
      }),
    );
    expect(printed).toEqual([
      [1, 'a)', 'decimal'],
      [1, 'b)', 'decimal'],
      [1, 'c)', 'decimal'],
      [1, 'd)', 'decimal'],
      [1, 'đ)', 'decimal'],
      [1, 'e)', 'decimal'],
    ]);
    // A short nested list keeps Word's own lettering, which agrees with Vietnamese up to d).
    expect(await numberingOf(v, para(v, 'Điểm a'))).toEqual({ text: '%2)', format: 'lowerLetter' });
  });

  it('prints the urgency and confidentiality marks under the number, bold capitals', async () => {
    const v = await exported();
    for (const mark of ['HỎA TỐC', 'MẬT']) {
      const m = para(v, mark);
      expect(m.cell).toMatchObject({ table: 0, row: 1, cell: 0 });
      expect(runsOf(m)[0]).toMatchObject({ bold: true, size: 13 });
    }
  });

  it('takes other margins only within the legal ranges', async () => {
    const v = await exported({ margins: { left: mm(35), right: mm(40), top: mm(10) } });
    const mar = child(v.sectPr, 'w:pgMar');
    expect([attr(mar, 'w:top'), attr(mar, 'w:left'), attr(mar, 'w:right')]).toEqual([
      String(mm(20)),
      String(mm(35)),
      String(mm(20)),
    ]);
  });
});
