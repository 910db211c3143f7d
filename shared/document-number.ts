// The number and symbol (số, ký hiệu) as a document prints them, for the DOCX header, the lists, the
// messages and the register alike: `05/TB-UBND` for a state body (NĐ 30/2020 ô 3), `05-CTr/TU` for a
// Party body (HD 36-HD/VPTW 1.3). Numbers below 10 take a leading zero.
import type { OrganizationFamily } from './exchange';

/** `05`, `12`, `123`; `…` for a document without a number yet. */
export const numberDigits = (number: number | null | undefined): string =>
  number == null ? '…' : String(number).padStart(2, '0');

/** `05/TB-UBND` (state) or `05-CTr/TU` (Party): the number and symbol as running text and lists cite them. */
export function printedNumber(
  family: OrganizationFamily,
  number: number | null | undefined,
  symbol: string,
): string {
  const n = numberDigits(number);
  return family === 'state' ? `${n}/${symbol}` : `${n}-${symbol}`;
}

/** The header's line: `Số: 05/TB-UBND` (state) or `Số 05-CTr/TU` (Party, no colon). */
export function printedNumberLine(
  family: OrganizationFamily,
  number: number | null | undefined,
  symbol: string,
): string {
  return family === 'state'
    ? `Số: ${printedNumber(family, number, symbol)}`
    : `Số ${printedNumber(family, number, symbol)}`;
}

/** `register.preview`: what issuing a draft now would print. */
export interface NumberPreview {
  /** The number the register would give next in this series. */
  next: number;
  /** `05/TB-UBND`: the chosen number as printed, else the next one. */
  printed: string;
  family: OrganizationFamily;
  symbol: string;
  /** The issued document of the series that already carries the chosen number. */
  usedBy: { id: string; summary: string; issuedOn: string } | null;
}
