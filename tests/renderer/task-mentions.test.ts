// What "Thành nhiệm vụ" reads from the selected text: the deadline after "trước", "chậm nhất", "hạn"…
// (not any date the sentence mentions), and the unit of the directory it names, the one after "giao"
// first.
import { describe, expect, it } from 'vitest';
import { dueDateIn, unitIn } from '../../renderer/src/features/meetings/taskMentions';
import type { OrganizationSummary } from '../../shared/domain';

const unit = (id: string, name: string, symbol: string | null = null): OrganizationSummary => ({
  id,
  name,
  symbol,
  family: 'state',
  parentId: null,
});
const units = [
  unit('ubnd', 'Ủy ban nhân dân tỉnh Nghệ An', 'UBND'),
  unit('snv', 'Sở Nội vụ tỉnh Nghệ An', 'SNV'),
  unit('stc', 'Sở Tài chính tỉnh Nghệ An', 'STC'),
  unit('so', 'Sở'),
];

describe('the deadline named in a task sentence', () => {
  it.each([
    ['hoàn thành trước ngày 30/12/2026.', '2026-12-30'],
    ['báo cáo UBND tỉnh chậm nhất ngày 5/3/2027', '2027-03-05'],
    ['Thời hạn: 15-01-2027', '2027-01-15'],
    ['trình trước ngày 15 tháng 3 năm 2027', '2027-03-15'],
    ['TRƯỚC NGÀY 01.02.2027', '2027-02-01'],
  ])('reads %s as %s', (text, due) => expect(dueDateIn(text)).toBe(due));

  it.each([
    ['theo Kế hoạch số 12 ngày 05/01/2025 của UBND tỉnh'],
    ['hoàn thành trước ngày 31/02/2027'],
    ['thực hiện trong năm 2027'],
  ])('finds no deadline in %s', (text) => expect(dueDateIn(text)).toBeNull());
});

describe('the lead unit named in a task sentence', () => {
  it('finds a unit by its name without the province, ignoring accents and case', () => {
    expect(unitIn('Giao SỞ NỘI VỤ rà soát vị trí việc làm', units)?.id).toBe('snv');
    expect(unitIn('giao so tai chinh bo tri kinh phi', units)?.id).toBe('stc');
  });

  it('takes the unit the task is handed to over a longer name mentioned elsewhere', () => {
    expect(unitIn('Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì', units)?.id).toBe('snv');
  });

  it('finds a unit by its symbol as written, a whole word only', () => {
    expect(unitIn('SNV chủ trì, STC phối hợp', units)?.id).toBe('snv');
    expect(unitIn('giao STC bố trí kinh phí', units)?.id).toBe('stc');
    expect(unitIn('các SNVX', units)).toBeNull();
  });

  it('does not take a short symbol for a word of the sentence ("TU" is not "từ")', () => {
    const withTu = [...units, unit('tu', 'Tỉnh ủy Nghệ An', 'TU')];
    expect(unitIn('Báo cáo kết quả từ nay đến cuối năm', withTu)).toBeNull();
    expect(unitIn('Báo cáo TU kết quả', withTu)?.id).toBe('tu');
  });

  it('finds none when the text names no unit of the directory', () => {
    expect(unitIn('Các đơn vị khẩn trương triển khai', units)).toBeNull();
  });
});
