// The benchmark's queries, drawn from the generator's vocabulary so every run asks the same: common
// words, rare words, two-word phrases, queries typed without accents, prefixes, and typing key by key.
import { foldVietnamese } from '../../shared/vietnamese';
import { VOCABULARY } from '../data/text';
import { DISTRICTS, PHRASES } from '../data/vocabulary';

const words = (list: readonly string[]) => [
  ...new Set(list.flatMap((p) => p.toLowerCase().split(/[\s,-]+/)).filter((w) => w.length > 1)),
];

/** Fifty of each kind of query. */
export function searchQueries() {
  const common = words(PHRASES.slice(0, 40)).slice(0, 50);
  const rare = VOCABULARY.slice(-50);
  const twoWords = PHRASES.filter((p) => /^\S+ \S+$/.test(p));
  const phrase = twoWords.slice(0, 50).map((p) => `"${p}"`);
  const noAccent = [...PHRASES.slice(20, 60), ...DISTRICTS.slice(0, 10)].map(foldVietnamese);
  const prefix = common
    .map((w) => `${foldVietnamese(w).slice(0, 3)}*`)
    .filter((p, i, all) => all.indexOf(p) === i);
  while (prefix.length < 50) prefix.push(`${foldVietnamese(rare[prefix.length] ?? 'ng').slice(0, 4)}*`);
  return { common, rare, phrase, noAccent, prefix };
}

/** What the box sends while someone types each of these, key by key (from the second letter): one list per text. */
export function typingSessions(): string[][] {
  const typed = [
    'cải cách hành chính',
    'giải phóng mặt bằng',
    'nguyen van',
    'Đô Lương',
    'chuyen doi so',
    'nông thôn mới',
    'quỳnh lưu',
  ];
  return typed.map((text) => Array.from({ length: text.length - 1 }, (_, i) => text.slice(0, i + 2)));
}
