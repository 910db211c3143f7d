import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../main/demo/rich';
import { shiftYears, shiftYearsInRichText } from '../../shared/year-shift';

describe('moving a programme text to the next year', () => {
  it('moves the year, the year before and the year after, in words and in dates', () => {
    expect(shiftYears('Chương trình phối hợp công tác năm 2019', 2019).text).toBe(
      'Chương trình phối hợp công tác năm 2020',
    );
    expect(shiftYears('Quý I - Quý IV/2019', 2019).text).toBe('Quý I - Quý IV/2020');
    expect(shiftYears('đánh giá kết quả năm 2018, chuẩn bị năm 2020', 2019)).toEqual({
      text: 'đánh giá kết quả năm 2019, chuẩn bị năm 2021',
      changes: 2,
    });
    expect(shiftYears('trước ngày 15/3/2019', 2019).text).toBe('trước ngày 15/3/2020');
  });

  it('keeps spans, document numbers and unrelated years', () => {
    const kept = [
      'nhiệm kỳ 2015 - 2020',
      'nhiệm kỳ 2020 – 2025',
      'giai đoạn 2018-2020',
      'Nghị định số 30/2020/NĐ-CP',
      'Nghị quyết năm 2010',
      'mã 120190',
    ];
    for (const text of kept) expect(shiftYears(text, 2019)).toEqual({ text, changes: 0 });
  });

  it('walks every text node of a rich text without changing the original', () => {
    const doc = paragraphs('Hoàn thành nhiệm vụ năm 2019.', 'Tổng kết năm 2019 vào Quý IV/2019.');
    const { node, changes } = shiftYearsInRichText(doc, 2019);
    expect(changes).toBe(3);
    expect(JSON.stringify(node)).not.toContain('2019');
    expect(JSON.stringify(doc)).toContain('2019');
  });
});
