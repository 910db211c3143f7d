// Text helpers for Vietnamese: every string we store or print is NFC, and
// searches compare accent-folded text so `nguyen duc trung` finds `Nguyễn Đức Trung`.

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

/** Returns a deep copy of a JSON value with every string (keys included) in NFC. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfcDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const name = nfc(key);
      // A key named "__proto__" in a hostile file must stay a plain key: defineProperty, not assignment.
      // Only for that key: defining every property makes objects slow to build and to read (ten years'
      // data goes through here on a restore).
      if (name === '__proto__')
        Object.defineProperty(out, name, {
          value: nfcDeep(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[name] = nfcDeep(item);
    }
    return out as T;
  }
  return value;
}
