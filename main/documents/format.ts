// The strings the rules prescribe: number and symbol, place and date, signing authority, file name.
import type { DocumentType } from '../../shared/exchange';
import { numberDigits, printedNumber, printedNumberLine } from '../../shared/document-number';
import { documentTypeFacts } from './document-types';
import type { RuleSet } from './rules';

const two = (n: number): string => String(n).padStart(2, '0');

/** `Số: 05/TB-UBND` (state, NĐ 30 ô 3) or `Số 05-TB/TU` (Party, HD 36 1.3); leading zero below 10. */
export function numberLine(rules: RuleSet, number: number | null | undefined, symbol: string): string {
  return printedNumberLine(rules.header.numberPattern, number, symbol);
}

/** `ngày 05 tháng 01 năm 2024`: zero before days 1–9 and months 1–2 only (NĐ 30 ô 4). */
export function dateWords(isoDate: string | null | undefined): string {
  if (!isoDate) return 'ngày … tháng … năm …';
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? two(d) : String(d);
  const month = m < 3 ? two(m) : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** `Nghệ An, ngày 05 tháng 01 năm 2024` (NĐ 30 ô 4). */
export function dateLine(place: string, isoDate: string | null | undefined): string {
  return `${place}, ${dateWords(isoDate)}`;
}

/** The number and symbol as running text cites them: `05/KH-UBND` (state) or `05-BC/HU` (Party). */
export function citedNumber(rules: RuleSet, number: number | null | undefined, symbol: string): string {
  return printedNumber(rules.header.numberPattern, number, symbol);
}

/** `TB 05-TB-VPUB 08-01-2024.docx`: no character Windows forbids in a file name. */
export function docxFileName(
  type: DocumentType,
  number: number | null | undefined,
  symbol: string,
  issuedOn: string | null | undefined,
): string {
  const parts: string[] = [documentTypeFacts[type].fileShort];
  parts.push(number == null ? 'du-thao' : `${numberDigits(number)}-${symbol}`);
  if (issuedOn) parts.push(issuedOn.split('-').reverse().join('-'));
  // Characters Windows forbids in a name, and control characters, become a dash.
  const name = [...parts.join(' ')]
    .map((ch) => ((ch.codePointAt(0) ?? 0) < 32 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name.normalize('NFC')}.docx`;
}
