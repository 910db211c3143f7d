// The left block of the header (ô 2): each issuing body's own lines in bold, under its upper line
// (shared/header-lines.ts). A joint document whose bodies share one upper line prints it once, on top
// (format spec §2.5: one "TỈNH ỦY ‹X›" may head both names); otherwise each body keeps its own.
import type { Organization } from '../../shared/exchange';
import { headerCase, upperLineOf } from '../../shared/header-lines';

export interface HeaderLine {
  text: string;
  /** The upper line (cơ quan chủ quản / Đảng bộ): upright, not bold (NĐ 30 ô 2, HD 36). */
  parent: boolean;
}

export function headerLinesFor(
  issuers: readonly Organization[],
  parentOf: (org: Organization) => Organization | undefined,
): HeaderLine[] {
  const uppers = issuers.map((org) => upperLineOf(org, parentOf(org)));
  const own = (org: Organization): HeaderLine[] =>
    (org.headerLines ?? [org.name]).map((text) => ({ text: headerCase(text), parent: false }));
  const upper = (text: string | null): HeaderLine[] => (text ? [{ text, parent: true }] : []);
  const shared = uppers[0];
  if (issuers.length > 1 && shared && uppers.every((u) => u === shared))
    return [...upper(shared), ...issuers.flatMap(own)];
  return issuers.flatMap((org, i) => [...upper(uppers[i] ?? null), ...own(org)]);
}
