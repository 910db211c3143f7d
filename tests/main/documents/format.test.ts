// The strings the rules prescribe, on their edge cases.
import { describe, expect, it } from 'vitest';
import { dateLine, docxFileName, numberLine, rulesFor } from '../../../main/documents';

describe('official strings', () => {
  it('writes the date with a zero before days 1–9 and months 1–2 only', () => {
    expect(dateLine('Nghệ An', '2024-01-05')).toBe('Nghệ An, ngày 05 tháng 01 năm 2024');
    expect(dateLine('Nghệ An', '2019-06-29')).toBe('Nghệ An, ngày 29 tháng 6 năm 2019');
    expect(dateLine('Nghệ An', '2020-02-10')).toBe('Nghệ An, ngày 10 tháng 02 năm 2020');
    expect(dateLine('Nghệ An', '2020-03-09')).toBe('Nghệ An, ngày 09 tháng 3 năm 2020');
    expect(dateLine('Nghệ An', '2020-12-31')).toBe('Nghệ An, ngày 31 tháng 12 năm 2020');
  });

  it('writes the number with a leading zero below 10, in each family’s form', () => {
    expect(numberLine(rulesFor('state'), 5, 'TB-UBND')).toBe('Số: 05/TB-UBND');
    expect(numberLine(rulesFor('state'), 123, 'TB-UBND')).toBe('Số: 123/TB-UBND');
    expect(numberLine(rulesFor('party'), 15, 'TB/TU')).toBe('Số 15-TB/TU');
    expect(numberLine(rulesFor('party'), 3, 'TB/TU')).toBe('Số 03-TB/TU');
  });

  it('names the file safely for Windows', () => {
    expect(docxFileName('conclusion-notice', 5, 'TB-VPUB', '2024-01-08')).toBe(
      'TB 05-TB-VPUB 08-01-2024.docx',
    );
    expect(docxFileName('conclusion-notice', 15, 'TB/ĐUK', '2021-01-18')).toBe(
      'TB 15-TB-ĐUK 18-01-2021.docx',
    );
    expect(docxFileName('minutes', null, 'BB-VPUB', null)).toBe('BB du-thao.docx');
    expect(docxFileName('coordination-programme', 12, 'CTr/BCSĐ-ĐUK', '2019-01-21')).not.toMatch(
      /[\\/:*?"<>|]/,
    );
  });
});
