// How a typed text matches an organization's name: whole name, then prefix, then abbreviation
// (`ubnd`, `snv` from the initials of the words), then a word, then anywhere. Lower ranks come first.
import { foldVietnamese } from '../../../shared/vietnamese';

export interface RankedName {
  nameFolded: string;
  symbol: string | null;
}

/** Initials of the folded words: `uy ban nhan dan tinh nghe an` → `ubndtna`. */
export function initialsOf(folded: string): string {
  return folded
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
}

/** 0 = the whole name or the symbol, 1 = the name starts so, 2 = an abbreviation, 3 = a word starts so,
 * 4 = anywhere in the name, 5 = every typed word somewhere; undefined = no match. */
export function matchRank(query: string, org: RankedName): number | undefined {
  const q = foldVietnamese(query);
  if (!q) return 0;
  const name = org.nameFolded;
  const symbol = org.symbol ? foldVietnamese(org.symbol) : '';
  const compact = q.replace(/[\s.]+/g, '');
  const initials = initialsOf(name);
  if (name === q || (symbol && symbol === compact)) return 0;
  if (name.startsWith(q)) return 1;
  if (compact.length >= 2 && !q.includes(' ') && (initials.startsWith(compact) || symbol.startsWith(compact)))
    return 2;
  if (` ${name}`.includes(` ${q}`)) return 3;
  if (name.includes(q)) return 4;
  const words = q.split(' ');
  const hits = words.every(
    (w) => ` ${name}`.includes(` ${w}`) || (w.length >= 2 && (initials.includes(w) || symbol === w)),
  );
  return hits ? 5 : undefined;
}

/** The matching rows, best first; ties keep the given (alphabetical) order. */
export function rankByName<T extends RankedName>(query: string, rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index, rank: matchRank(query, row) }))
    .filter((r): r is { row: T; index: number; rank: number } => r.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((r) => r.row);
}
