// Text helpers for Vietnamese: every string we store or print is NFC, and
// searches compare accent-folded text so `nguyen duc trung` finds `Nguyễn Đức Trung`.
import { AppError } from './errors';
import { stripForbiddenChars } from './text-safety';

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower-case, strip diacritics (đ → d too), collapse spaces: the key used for search and duplicate detection. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * JSON nested deeper than this is refused (E_TOO_DEEP): the app's own data nests about a hundred levels
 * (rich text: 48 nodes), while a hostile file nested thousands deep would overflow the stack of every
 * walk over it (this one, zod, JSON.stringify).
 */
export const MAX_JSON_DEPTH = 256;

const tooDeep = () =>
  new AppError(
    'E_TOO_DEEP',
    `Dữ liệu lồng nhau quá sâu (hơn ${MAX_JSON_DEPTH} tầng), không phải dữ liệu của Sổ Họp. Không có dữ liệu nào được ghi.`,
  );

/**
 * What comes in from outside (the screen's calls, files from other offices), made safe to store: a deep
 * copy of a JSON value with every string (keys included) without the characters `stripForbiddenChars`
 * removes (NUL, U+FFFE, bidirectional overrides…) and in NFC. E_TOO_DEEP past MAX_JSON_DEPTH.
 */
export function cleanDeep<T>(value: T): T {
  return cleanAt(value, 0) as T;
}

const clean = (text: string) => nfc(stripForbiddenChars(text));

function cleanAt(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return clean(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_JSON_DEPTH) throw tooDeep();
  if (Array.isArray(value)) return value.map((item: unknown) => cleanAt(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = clean(key);
    // A key named "__proto__" in a hostile file must stay a plain key: defineProperty, not assignment.
    // Only for that key: defining every property makes objects slow to build and to read (ten years'
    // data goes through here on a restore).
    if (name === '__proto__')
      Object.defineProperty(out, name, {
        value: cleanAt(item, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[name] = cleanAt(item, depth + 1);
  }
  return out;
}
