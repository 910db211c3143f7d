// The state samples (NĐ 30/2020 Phụ lục I), element by element in word/document.xml.
import { beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../../main/documents/metrics';
import { trackTestDbs } from '../../helpers/db';
import { attr, child, kids, para, runsOf, tagOf, type DocxView, type Para } from './docx-reader';
import { sampleViews, type SampleViews } from './samples';

const { fresh } = trackTestDbs();
let views: SampleViews;
beforeAll(async () => {
  views = await sampleViews(fresh().services);
});

/** Widths of a table's grid columns. */
function gridOf(view: DocxView, table: number): number[] {
  const grid = child(view.tables[table], 'w:tblGrid');
  return kids(grid!)
    .filter((k) => tagOf(k) === 'w:gridCol')
    .map((c) => Number(attr(c, 'w:w')));
}
/** The printed length of a drawn line: its cell's width less the indents that cut it to size. */
function lineLength(view: DocxView, p: Para): number {
  expect(p.borderTop).toBe(true);
  return gridOf(view, p.cell?.table ?? -1)[p.cell?.cell ?? 0]! - p.left - p.right;
}
const next = (view: DocxView, p: Para) => view.paragraphs[view.paragraphs.indexOf(p) + 1]!;
const style = (p: Para) => runsOf(p).map((r) => ({ size: r.size, bold: r.bold, italic: r.italic }));

describe('state conclusion notice (Văn phòng UBND tỉnh, TB 05)', () => {
  it('is A4 portrait with margins 20/20/30/15 mm and no page number on page 1', () => {
    const { sectPr } = views.stateNotice;
    expect(attr(child(sectPr, 'w:pgSz'), 'w:w')).toBe('11906');
    expect(attr(child(sectPr, 'w:pgSz'), 'w:h')).toBe('16838');
    const mar = child(sectPr, 'w:pgMar');
    expect([attr(mar, 'w:top'), attr(mar, 'w:bottom'), attr(mar, 'w:left'), attr(mar, 'w:right')]).toEqual([
      '1134',
      '1134',
      '1701',
      '851',
    ]);
    expect(child(sectPr, 'w:titlePg')).toBeDefined();
  });

  it('numbers pages from 2 in the top margin, centred, 14 pt; the first-page header is empty', async () => {
    const v = views.stateNotice;
    const refs = kids(v.sectPr).filter((k) => tagOf(k) === 'w:headerReference');
    const rels = await v.part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = attr(
        refs.find((r) => attr(r, 'w:type') === type),
        'r:id',
      );
      return (
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]
      );
    };
    const main = await v.part(`word/${target('default')}`);
    expect(main).toMatch(/PAGE/);
    expect(main).toMatch(/<w:jc w:val="center"\/>/);
    expect(main).toMatch(/<w:sz w:val="28"\/>/);
    expect(await v.part(`word/${target('first')}`)).not.toMatch(/PAGE/);
  });

  it('sets every run in Times New Roman, in NFC', () => {
    for (const p of views.stateNotice.paragraphs)
      for (const r of runsOf(p)) {
        expect(r.font).toBe('Times New Roman');
        expect(r.text).toBe(r.text.normalize('NFC'));
      }
  });

  it('lays the header out as a borderless two-column table', () => {
    const tbl = views.stateNotice.tables[0]!;
    const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders');
    for (const side of kids(borders!)) expect(attr(side, 'w:val')).toBe('none');
    expect(gridOf(views.stateNotice, 0)).toHaveLength(2);
  });

  it('writes the parent body not bold, the issuer bold, and a line 1/3–1/2 of the issuer’s name under it', () => {
    const v = views.stateNotice;
    const parent = para(v, 'UBND TỈNH NGHỆ AN');
    const issuer = para(v, 'VĂN PHÒNG');
    expect(style(parent)).toEqual([{ size: 12, bold: false, italic: false }]);
    expect(style(issuer)).toEqual([{ size: 12, bold: true, italic: false }]);
    expect(parent.cell).toMatchObject({ table: 0, row: 0, cell: 0 });
    const ratio = lineLength(v, next(v, issuer)) / textWidth('VĂN PHÒNG', 12, true);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  });

  it('writes the national title right, and a line exactly as long as the motto under it', () => {
    const v = views.stateNotice;
    expect(style(para(v, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual([
      { size: 12, bold: true, italic: false },
    ]);
    const motto = para(v, 'Độc lập - Tự do - Hạnh phúc');
    expect(style(motto)).toEqual([{ size: 13, bold: true, italic: false }]);
    expect(motto.cell).toMatchObject({ table: 0, row: 0, cell: 1 });
    const ratio = lineLength(v, next(v, motto)) / textWidth('Độc lập - Tự do - Hạnh phúc', 13, true);
    expect(ratio).toBeCloseTo(1, 1);
  });

  it('puts the number (13 pt) and the italic place and date on one row', () => {
    const v = views.stateNotice;
    const number = para(v, 'Số: 05/TB-VPUB');
    const date = para(v, 'Nghệ An, ngày 05 tháng 01 năm 2016');
    expect(style(number)).toEqual([{ size: 13, bold: false, italic: false }]);
    expect(style(date)).toEqual([{ size: 13, bold: false, italic: true }]);
    expect(number.cell).toMatchObject({ table: 0, row: 1, cell: 0 });
    expect(date.cell).toMatchObject({ table: 0, row: 1, cell: 1 });
  });

  it('writes THÔNG BÁO and the summary bold and centred, with a short line under the summary', () => {
    const v = views.stateNotice;
    const type = para(v, 'THÔNG BÁO');
    expect(type.align).toBe('center');
    expect(style(type)).toEqual([{ size: 14, bold: true, italic: false }]);
    const summary = v.paragraphs.find((p) => p.text.startsWith('Kết luận của đồng chí Bí thư'))!;
    expect(summary.align).toBe('center');
    expect(style(summary)).toEqual([{ size: 14, bold: true, italic: false }]);
    const line = next(v, summary);
    const length = 9355 - line.left - line.right;
    expect(line.borderTop).toBe(true);
    expect(length / 9355).toBeGreaterThan(1 / 3);
    expect(length / 9355).toBeLessThan(1 / 2);
  });

  it('sets the body justified, 14 pt, first line 1 cm, 6 pt after, 1.15 lines, ending ./.', () => {
    const v = views.stateNotice;
    const body = v.paragraphs.filter(
      (p) => p.text.startsWith('Chiều ngày 29') || p.text.startsWith('Sau khi nghe'),
    );
    expect(body).toHaveLength(2);
    for (const p of body) {
      expect(p).toMatchObject({ align: 'both', firstLine: 567, after: 120, line: 276, lineRule: 'auto' });
      expect(style(p)[0]).toEqual({ size: 14, bold: false, italic: false });
    }
    expect(v.paragraphs.some((p) => p.text.endsWith('thực hiện./.'))).toBe(true);
  });

  it('signs KT. with the position bold and puts Nơi nhận level with it, left, 12 pt bold italic, list 11 pt', () => {
    const v = views.stateNotice;
    const authority = para(v, 'KT. CHÁNH VĂN PHÒNG');
    const position = para(v, 'PHÓ CHÁNH VĂN PHÒNG');
    expect(style(authority)).toEqual([{ size: 14, bold: true, italic: false }]);
    expect(style(position)).toEqual([{ size: 14, bold: true, italic: false }]);
    const label = para(v, 'Nơi nhận:');
    expect(style(label)).toEqual([{ size: 12, bold: true, italic: true }]);
    expect(label.cell).toMatchObject({ row: 0, cell: 0 });
    expect(authority.cell).toMatchObject({ table: label.cell!.table, row: 0, cell: 1 });
    const items = v.paragraphs.filter((p) => p.text.startsWith('- '));
    expect(items.map((p) => p.text)).toEqual([
      '- Chủ tịch, các PCT UBND tỉnh (để b/c);',
      '- Các phòng, đơn vị thuộc Văn phòng;',
      '- Lưu: VT, TH.',
    ]);
    for (const p of items) expect(style(p)).toEqual([{ size: 11, bold: false, italic: false }]);
  });
});

describe('state biên bản (Mẫu 1.9, generated from the 2015 meeting)', () => {
  it('has the number but no place and date line', () => {
    const v = views.stateMinutes;
    expect(para(v, 'Số: 01/BB-VPUB').cell).toMatchObject({ table: 0, row: 1, cell: 0 });
    expect(v.paragraphs.filter((p) => p.cell?.table === 0 && /ngày .* tháng .* năm/.test(p.text))).toEqual(
      [],
    );
  });

  it('writes BIÊN BẢN and the meeting name, then the Mẫu 1.9 fields with bold labels', () => {
    const v = views.stateMinutes;
    expect(style(para(v, 'BIÊN BẢN'))).toEqual([{ size: 14, bold: true, italic: false }]);
    for (const label of [
      'Thời gian bắt đầu: ',
      'Địa điểm: ',
      'Thành phần tham dự: ',
      'Chủ trì (chủ tọa): ',
      'Thư ký (người ghi biên bản): ',
    ]) {
      const p = v.paragraphs.find((x) => x.text.startsWith(label))!;
      expect(p.runs[0]).toMatchObject({ text: label, bold: true });
    }
    expect(
      v.paragraphs.some((p) => p.text === 'Thời gian bắt đầu: 14 giờ 00, ngày 29 tháng 12 năm 2015.'),
    ).toBe(true);
    expect(v.paragraphs.some((p) => p.text.startsWith('Hội nghị kết thúc vào 17 giờ 00'))).toBe(true);
  });

  it('puts THƯ KÝ left and CHỦ TỌA right on one row, the chair named in bold', () => {
    const v = views.stateMinutes;
    const secretary = para(v, 'THƯ KÝ');
    const chair = para(v, 'CHỦ TỌA');
    expect(secretary.cell).toMatchObject({ row: 0, cell: 0 });
    expect(chair.cell).toMatchObject({ table: secretary.cell!.table, row: 0, cell: 1 });
    expect(style(para(v, 'Lê Đình Sơn'))).toEqual([{ size: 14, bold: true, italic: false }]);
    expect(para(v, 'Nơi nhận:').cell).toMatchObject({ table: secretary.cell!.table, row: 1, cell: 0 });
  });
});
