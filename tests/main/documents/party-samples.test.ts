// The Party samples (HD 36-HD/VPTW, with the format spec's defaults for unconfirmed rules).
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

const style = (p: Para) =>
  runsOf(p).map((r) => ({ size: r.size, bold: r.bold, italic: r.italic, underline: r.underline }));
const plain = (
  size: number,
  extra: Partial<{ bold: boolean; italic: boolean; underline: boolean }> = {},
) => ({
  size,
  bold: false,
  italic: false,
  underline: false,
  ...extra,
});
const next = (view: DocxView, p: Para) => view.paragraphs[view.paragraphs.indexOf(p) + 1]!;
const gridOf = (view: DocxView, table: number) =>
  kids(child(view.tables[table], 'w:tblGrid')!)
    .filter((k) => tagOf(k) === 'w:gridCol')
    .map((c) => Number(attr(c, 'w:w')));

describe('Party conclusion notice (Đảng ủy Khối, TB 01)', () => {
  it('writes ĐẢNG CỘNG SẢN VIỆT NAM 15 pt bold, with a line exactly as long under it', () => {
    const v = views.partyNotice;
    const title = para(v, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(style(title)).toEqual([plain(15, { bold: true })]);
    expect(title.cell).toMatchObject({ table: 0, row: 0, cell: 1 });
    const line = next(v, title);
    expect(line.borderTop).toBe(true);
    const length = gridOf(v, 0)[1]! - line.left - line.right;
    expect(length / textWidth('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true)).toBeCloseTo(1, 1);
  });

  it('writes the issuer bold 14 pt with a * under it and no line', () => {
    const v = views.partyNotice;
    const issuer = para(v, 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH');
    expect(style(issuer)).toEqual([plain(14, { bold: true })]);
    const star = next(v, issuer);
    expect(star.text).toBe('*');
    expect(star.borderTop).toBe(false);
  });

  it('writes `Số 01-TB/ĐUK` (no colon) 14 pt beside the italic date', () => {
    const v = views.partyNotice;
    const number = para(v, 'Số 01-TB/ĐUK');
    const date = para(v, 'Nghệ An, ngày 18 tháng 01 năm 2021');
    expect(style(number)).toEqual([plain(14)]);
    expect(style(date)).toEqual([plain(14, { italic: true })]);
    expect([number.cell, date.cell]).toEqual([
      { table: 0, row: 1, cell: 0 },
      { table: 0, row: 1, cell: 1 },
    ]);
  });

  it('writes THÔNG BÁO 16 pt bold, the summary 14 pt bold, then -----', () => {
    const v = views.partyNotice;
    expect(style(para(v, 'THÔNG BÁO'))).toEqual([plain(16, { bold: true })]);
    const summary = para(
      v,
      'Kết luận Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021',
    );
    expect(style(summary)).toEqual([plain(14, { bold: true })]);
    expect(next(v, summary).text).toBe('-----');
  });

  it('sets the body justified, first line 1 cm, 6 pt after, exactly 18 pt line spacing', () => {
    const p = views.partyNotice.paragraphs.find((x) => x.text.startsWith('Chiều ngày 14 tháng 01 năm 2021'))!;
    expect(p).toMatchObject({ align: 'both', firstLine: 567, after: 120, line: 360, lineRule: 'exact' });
  });

  it('signs T/M BAN THƯỜNG VỤ bold, BÍ THƯ not bold, the name bold', () => {
    const v = views.partyNotice;
    expect(style(para(v, 'T/M BAN THƯỜNG VỤ'))).toEqual([plain(14, { bold: true })]);
    expect(style(para(v, 'BÍ THƯ'))).toEqual([plain(14)]);
    expect(style(para(v, 'Nguyễn Nam Đình'))).toEqual([plain(14, { bold: true })]);
  });

  it('underlines Nơi nhận (14 pt) and lists recipients at 12 pt, the Lưu line without a colon', () => {
    const v = views.partyNotice;
    expect(style(para(v, 'Nơi nhận:'))).toEqual([plain(14, { underline: true })]);
    const items = v.paragraphs.filter((p) => p.text.startsWith('- '));
    expect(items.at(-1)?.text).toBe('- Lưu Văn phòng Đảng ủy Khối.');
    for (const p of items) expect(style(p)).toEqual([plain(12)]);
  });
});

describe('Party joint programme (Ban cán sự đảng UBND tỉnh + Đảng ủy Khối, CTr 12)', () => {
  it('stacks both issuers in the left block under their shared upper line (not bold) and one *', () => {
    const v = views.partyProgramme;
    const left = v.paragraphs.filter((p) => p.cell?.table === 0 && p.cell.row === 0 && p.cell.cell === 0);
    expect(left.map((p) => p.text)).toEqual([
      'TỈNH ỦY NGHỆ AN',
      'BAN CÁN SỰ ĐẢNG',
      'UBND TỈNH NGHỆ AN',
      'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      '*',
    ]);
    expect(style(left[0]!)).toEqual([plain(14)]);
    expect(para(v, 'Số 12-CTr/BCSĐ-ĐUK').cell).toMatchObject({ table: 0, row: 1, cell: 0 });
    expect(para(v, 'Nghệ An, ngày 21 tháng 01 năm 2019').cell).toMatchObject({ table: 0, row: 1, cell: 1 });
  });

  it('writes CHƯƠNG TRÌNH and keeps the headings as typed', () => {
    const v = views.partyProgramme;
    expect(style(para(v, 'CHƯƠNG TRÌNH'))).toEqual([plain(16, { bold: true })]);
    for (const h of ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG PHỐI HỢP', 'III. TỔ CHỨC THỰC HIỆN'])
      expect(runsOf(para(v, h)).every((r) => r.bold)).toBe(true);
  });

  it('numbers the ordered list with real Word numbering (decimal, Times New Roman)', async () => {
    const v = views.partyProgramme;
    const items = v.paragraphs.filter((p) => p.numId !== undefined);
    expect(items).toHaveLength(5);
    expect(new Set(items.map((p) => p.numId)).size).toBe(1);
    expect(items[0]!.text).toMatch(/^Tập trung lãnh đạo/);
    const numbering = await v.part('word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:lvlText w:val="%1\."\/>/);
    expect(numbering).toMatch(/w:ascii="Times New Roman"/);
  });

  it('puts the two signature blocks side by side in the order given, Nơi nhận under them at the left', () => {
    const v = views.partyProgramme;
    const first = para(v, 'T/M BAN CÁN SỰ ĐẢNG UBND TỈNH');
    const second = para(v, 'T/M BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI');
    expect(first.cell).toMatchObject({ row: 0, cell: 0 });
    expect(second.cell).toMatchObject({ table: first.cell!.table, row: 0, cell: 1 });
    // A long quyền hạn is broken like a hand-set block, between phrases, the longer half on top; the spaces
    // inside a phrase do not break ("BAN CÁN SỰ ĐẢNG" stays one line in Word too).
    expect(first.text).toBe('T/M\u00a0BAN\u00a0CÁN\u00a0SỰ\u00a0ĐẢNG\nUBND\u00a0TỈNH');
    expect(second.text).toBe('T/M\u00a0BAN\u00a0THƯỜNG\u00a0VỤ\nĐẢNG\u00a0ỦY\u00a0KHỐI');
    expect(style(para(v, 'Thái Thanh Quý'))).toEqual([plain(14, { bold: true })]);
    expect(para(v, 'Nơi nhận:').cell).toMatchObject({ table: first.cell!.table, row: 1, cell: 0 });
  });
});
