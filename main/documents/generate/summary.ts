// The trích yếu of a generated draft: one title of the chair (the one that fits the issuing body, not
// every title they hold) and at most two printed lines, cut between the clauses of the meeting's name.
import type { Organization } from '../../../shared/exchange';
import { foldVietnamese } from '../../../shared/vietnamese';
import { wrappedLineCount } from '../metrics';
import type { RuleSet } from '../rules';

/** The most lines a generated trích yếu may take (format spec §1.3 ô 5a: short, centred, bold). */
export const SUMMARY_MAX_LINES = 2;

const PARTY_WORDS =
  /\b(bi thu|dang|tinh uy|huyen uy|thanh uy|thi uy|ban thuong vu|ban can su|uy vien trung uong)\b/;
const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
];
const GENERIC = new Set(['tinh', 'huyen', 'xa', 'cac', 'co', 'quan', 'va', 'cua', 'viet', 'nam']);

const words = (text: string): string[] => {
  let folded = foldVietnamese(text);
  for (const [from, to] of EXPANSIONS) folded = folded.replace(from, to);
  return folded.split(/[^a-z0-9]+/).filter((w) => w && !GENERIC.has(w));
};

/**
 * The one title of the day that belongs in a document of `issuer`: a state title for a state body, a Party
 * title for a Party body, the one naming the issuer (or the body it belongs to) first, a membership
 * ("Ủy viên …") last. `Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh` in a Văn phòng UBND notice → `Chủ tịch UBND tỉnh`.
 */
export function titleForIssuer(position: string, issuer: Organization, bodies: Organization[] = []): string {
  const titles = position
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (titles.length <= 1) return titles[0] ?? '';
  const party = issuer.family === 'party';
  const names = new Set([issuer, ...bodies].flatMap((o) => words(o.name)));
  const score = (title: string): number => {
    const folded = foldVietnamese(title);
    const familyFits = PARTY_WORDS.test(folded) === party ? 100 : 0;
    const shared = words(title).filter((w) => names.has(w)).length;
    const member = folded.startsWith('uy vien') ? -50 : 0;
    return familyFits + shared * 5 + member;
  };
  return titles.reduce((best, t) => (score(t) > score(best) ? t : best), titles[0]!);
}

/** Width of the text column in twips (A4 less the side margins). */
const columnWidth = (rules: RuleSet): number =>
  rules.page.width - rules.page.margin.left - rules.page.margin.right;

export function summaryLines(rules: RuleSet, summary: string, letter = false): number {
  if (letter) {
    const { size, bold } = rules.letter.summary;
    return wrappedLineCount(summary, size, bold, columnWidth(rules) * rules.header.leftShare);
  }
  return wrappedLineCount(summary, rules.title.summary.size, rules.title.summary.bold, columnWidth(rules));
}

/** A công văn's "V/v …" sits in the left header column (ô 5b): it may take three of its short lines. */
export const LETTER_SUMMARY_MAX_LINES = 3;

/** Points where a meeting's name can be cut and still read as a name: before a clause. */
const CLAUSE = /,\s+|\s+(?=(?:và|của|giữa|tại)\s)/gu;

/**
 * `head` + `subject`, the subject cut at the last clause boundary (else word) that keeps the whole within
 * two printed lines (a công văn's: three lines of its column). The subject is the meeting's name,
 * lower-cased at its start by the caller.
 */
export function boundedSummary(
  rules: RuleSet,
  head: string,
  subject: string,
  options: { letter?: boolean } = {},
): string {
  const letter = options.letter ?? false;
  const max = letter ? LETTER_SUMMARY_MAX_LINES : SUMMARY_MAX_LINES;
  const compose = (s: string) => `${head}${s}`.replace(/\s+/g, ' ').trim();
  // The printed line of a state công văn starts with "V/v ".
  const printed = (s: string) => (letter ? `${rules.letter.summaryPrefix}${compose(s)}` : compose(s));
  const fits = (s: string) => summaryLines(rules, printed(s), letter) <= max;
  if (fits(subject)) return compose(subject);
  const cuts = [...subject.matchAll(CLAUSE)].map((m) => m.index ?? 0).filter((i) => i > 0);
  for (const at of cuts.reverse()) if (fits(subject.slice(0, at))) return compose(subject.slice(0, at));
  const parts = subject.split(' ');
  for (let n = parts.length - 1; n > 0; n--) {
    const cut = parts
      .slice(0, n)
      .join(' ')
      .replace(/[,;:]$/, '');
    if (fits(cut)) return compose(cut);
  }
  return compose('');
}
