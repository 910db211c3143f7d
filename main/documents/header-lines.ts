// The left block of the header (ô 2): each issuing body's own lines in bold, under its upper line
// (shared/header-lines.ts). A joint document whose bodies share one upper line prints it once, on top
// (format spec §2.5: one "TỈNH ỦY ‹X›" may head both names); otherwise each body keeps its own. Bodies
// of one place print the place once, under all their names.
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
  if (issuers.length > 1 && uppers.every((u) => u === shared))
    return [...upper(shared ?? null), ...sharingPlace(issuers.map(own))];
  return issuers.flatMap((org, i) => [...upper(uppers[i] ?? null), ...own(org)]);
}

/**
 * Bodies of one place written as one block: "ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / HUYỆN ĐÔ LƯƠNG"
 * (format spec §1.6, S13), when every body's last line names the same place.
 */
function sharingPlace(blocks: HeaderLine[][]): HeaderLine[] {
  const last = blocks[0]?.[blocks[0].length - 1]?.text;
  const same = blocks.every((b) => b.length > 1 && b[b.length - 1]?.text === last);
  if (!same || !last) return blocks.flat();
  return [...blocks.flatMap((b) => b.slice(0, -1)), { text: last, parent: false }];
}
