// The header's upper line (ô 2): the line printed above a body's own name, upright and not bold.
// `headerParentLine` absent: the parent body's name (`UBND TỈNH NGHỆ AN` above `SỞ NỘI VỤ`); null: none
// (`ỦY BAN NHÂN DÂN` / `HUYỆN ĐÔ LƯƠNG`, whatever its parent); a text: printed as given, in capitals
// (`ĐẢNG BỘ TỈNH NGHỆ AN` above `HUYỆN ỦY ĐÔ LƯƠNG`). Shared by the DOCX engine and the organization form.
import type { Organization } from './exchange';

/** NĐ 30 ô 2 allows the usual abbreviations in the parent body's name: "UBND TỈNH NGHỆ AN". */
const parentAbbreviations: [RegExp, string][] = [
  [/ỦY BAN NHÂN DÂN/g, 'UBND'],
  [/HỘI ĐỒNG NHÂN DÂN/g, 'HĐND'],
];

export const headerCase = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

/** The parent body's name on one line, in capitals, abbreviated as NĐ 30 allows. */
export function parentLineOf(parent: Pick<Organization, 'name' | 'headerLines'>): string {
  const full = headerCase((parent.headerLines ?? [parent.name]).join(' '));
  return parentAbbreviations.reduce((text, [pattern, short]) => text.replace(pattern, short), full);
}

/** The upper line a body prints, or null for none. */
export function upperLineOf(
  org: Pick<Organization, 'headerParentLine'>,
  parent: Pick<Organization, 'name' | 'headerLines'> | undefined,
): string | null {
  if (org.headerParentLine === null) return null;
  if (typeof org.headerParentLine === 'string') return headerCase(org.headerParentLine.trim()) || null;
  return parent ? parentLineOf(parent) : null;
}
