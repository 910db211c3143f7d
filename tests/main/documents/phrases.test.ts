// A long quyền hạn is broken between phrases, never inside a Vietnamese word ("BAN THƯỜNG / VỤ").
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../main/documents/metrics';
import { fitLine, NBSP, phrasesOf } from '../../../main/documents/phrases';

const plain = (lines: string[]) => lines.map((l) => l.replaceAll(NBSP, ' '));

describe('phrases of a signature line', () => {
  it('keeps the prefix with its body, compounds whole and a level with its place name', () => {
    expect(phrasesOf('T/M BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI')).toEqual(['T/M BAN THƯỜNG VỤ', 'ĐẢNG ỦY KHỐI']);
    expect(phrasesOf('T/M BAN CÁN SỰ ĐẢNG UBND TỈNH')).toEqual(['T/M BAN CÁN SỰ ĐẢNG', 'UBND TỈNH']);
    expect(phrasesOf('TM. ỦY BAN NHÂN DÂN HUYỆN ĐÔ LƯƠNG')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'HUYỆN ĐÔ LƯƠNG',
    ]);
    expect(phrasesOf('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH')).toEqual(['ĐẢNG ỦY KHỐI', 'CÁC CƠ QUAN TỈNH']);
    expect(phrasesOf('KT. CHỦ TỊCH')).toEqual(['KT. CHỦ TỊCH']);
  });

  it('prints a line that fits as one line, its spaces non-breaking', () => {
    expect(fitLine('TM. ỦY BAN NHÂN DÂN', 14, true, 5000)).toEqual([
      `TM.${NBSP}ỦY${NBSP}BAN${NBSP}NHÂN${NBSP}DÂN`,
    ]);
  });

  it('breaks a line too long for its column only between phrases, the longer line on top', () => {
    for (const [text, room] of [
      ['T/M BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI', 4000],
      ['T/M BAN CÁN SỰ ĐẢNG UBND TỈNH', 4000],
      ['TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN ĐÔ LƯƠNG', 4300],
    ] as const) {
      const lines = fitLine(text, 14, true, room);
      expect(lines.length, text).toBeGreaterThan(1);
      expect(plain(lines).join(' ')).toBe(text);
      for (const line of lines) {
        expect(textWidth(line, 14, true)).toBeLessThanOrEqual(room);
        // No line starts with the second syllable of a word ("BAN THƯỜNG / VỤ", "NHÂN / DÂN").
        expect(['VỤ', 'THƯỜNG', 'DÂN', 'SỰ', 'KHỐI', 'NAM', 'TRỰC', 'LƯƠNG']).not.toContain(
          line.split(NBSP)[0],
        );
      }
    }
    expect(plain(fitLine('T/M BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI', 14, true, 4000))).toEqual([
      'T/M BAN THƯỜNG VỤ',
      'ĐẢNG ỦY KHỐI',
    ]);
    expect(plain(fitLine('TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN ĐÔ LƯƠNG', 14, true, 4300))).toEqual(
      ['TM. BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM', 'HUYỆN ĐÔ LƯƠNG'],
    );
  });
});
