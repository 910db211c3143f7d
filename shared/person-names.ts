// Vietnamese people are listed by given name (the last word), then middle name, then family name, in
// the alphabet's order: a ă â b c d đ e ê … with tones ngang, huyền, hỏi, ngã, sắc, nặng. ICU's
// Vietnamese collation (Intl.Collator('vi')) knows that order, so "Dương" comes before "Đặng" and
// "An" before "Ánh".

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** `Nguyễn Thị Thu Hường` → family `Nguyễn`, middle `Thị Thu`, given `Hường`. One word is a given name. */
export function nameParts(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const given = words.pop() ?? '';
  const family = words.shift() ?? '';
  return { family, middle: words.join(' '), given };
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

function compareParts(a: NameParts & { full: string }, b: NameParts & { full: string }): number {
  return (
    collator.compare(a.given, b.given) ||
    collator.compare(a.middle, b.middle) ||
    collator.compare(a.family, b.family) ||
    collator.compare(a.full, b.full)
  );
}

/** Orders two full names as a Vietnamese directory does (given, middle, family, then the whole name). */
export function compareVietnameseNames(a: string, b: string): number {
  return compareParts({ ...nameParts(a), full: a }, { ...nameParts(b), full: b });
}

/** A copy of `items` sorted by `compareVietnameseNames` of their `fullName` (ties keep their order). */
export function sortByVietnameseName<T extends { fullName: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, key: { ...nameParts(item.fullName), full: item.fullName } }))
    .sort((a, b) => compareParts(a.key, b.key))
    .map((x) => x.item);
}
