// What a sentence of the minutes says about a task: the unit it names (a unit of the directory, by its
// name, its name without the province, or its symbol) and its deadline ("trước ngày 30/12/2026",
// "chậm nhất ngày 15 tháng 3 năm 2027"). Both are suggestions the secretary confirms in the picker.
import type { OrganizationSummary } from '../../../../shared/domain';
import { foldVietnamese } from '../../../../shared/vietnamese';

/** Words that make the date after them a deadline rather than the date of something mentioned. */
const DEADLINE = String.raw`(?:truoc|cham nhat|thoi han|han|den het|den|xong|hoan thanh)`;
const NUMERIC = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const WORDED = String.raw`(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})`;
const DUE = new RegExp(String.raw`\b${DEADLINE}\s*:?\s+(?:(?:trong\s+)?ngay\s+)?(?:${NUMERIC}|${WORDED})`);

/** The ISO date of a real calendar day, or null (31/02 is not one). */
function isoDate(d: number, m: number, y: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1945 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The deadline the text names (after "trước", "chậm nhất", "hạn", "đến"…), as YYYY-MM-DD, or null. */
export function dueDateIn(text: string): string | null {
  const match = DUE.exec(foldVietnamese(text));
  if (!match) return null;
  const [d, m, y] = (match[1] ? match.slice(1, 4) : match.slice(4, 7)).map(Number) as [
    number,
    number,
    number,
  ];
  return isoDate(d, m, y);
}

const PLACE_SUFFIX = / (tinh|thanh pho|huyen|thi xa|quan) [^,;]+$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a unit is named in running text, folded: the full name and the name without its place. */
function namesOf(o: OrganizationSummary): string[] {
  const full = foldVietnamese(o.name);
  return [full, full.replace(PLACE_SUFFIX, '')].filter((n) => n.length >= 2);
}

/** A whole word or phrase of `text`: letters or digits neither just before nor just after. */
const wordAt = (text: string, phrase: string): RegExpExecArray | null =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escape(phrase)}($|[^\\p{L}\\p{N}])`, 'u').exec(text);

/** Where the text hands a task to someone: the unit named right after "giao" is the lead. */
const ASSIGNED = /\bgiao(?: cho)?$/;

/**
 * The unit of the directory the text names: the one it hands the task to ("giao Sở Nội vụ …"), else the
 * longest name found ("Sở Nội vụ" over "Sở").
 */
export function unitIn(text: string, units: readonly OrganizationSummary[]): OrganizationSummary | null {
  const folded = foldVietnamese(text);
  let best: { unit: OrganizationSummary; score: number } | null = null;
  /** A name found in `source` (the folded text, or the text as written for a symbol). */
  const consider = (
    unit: OrganizationSummary,
    source: string,
    found: RegExpExecArray | null,
    length: number,
  ) => {
    if (!found) return;
    const at = found.index + found[1]!.length;
    const assigned = ASSIGNED.test(foldVietnamese(source.slice(Math.max(0, at - 10), at)));
    const score = length + (assigned ? 1000 : 0);
    if (!best || score > best.score) best = { unit, score };
  };
  for (const unit of units) {
    for (const name of namesOf(unit)) consider(unit, folded, wordAt(folded, name), name.length);
    // A symbol ("SNV", "TU") is matched as written, capitals and accents included: "TU" is not "từ".
    if (unit.symbol && unit.symbol.length >= 2)
      consider(unit, text, wordAt(text, unit.symbol), unit.symbol.length);
  }
  return (best as { unit: OrganizationSummary } | null)?.unit ?? null;
}
