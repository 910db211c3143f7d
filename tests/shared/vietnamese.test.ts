import { describe, expect, it } from 'vitest';
import { foldVietnamese, cleanDeep } from '../../shared/vietnamese';

describe('Vietnamese text helpers', () => {
  it('folds accents, đ and case for search', () => {
    expect(foldVietnamese('  Nguyễn   Đức TRUNG ')).toBe('nguyen duc trung');
    expect(foldVietnamese('Ủy ban nhân dân'.normalize('NFD'))).toBe('uy ban nhan dan');
  });

  it('normalizes every string of a JSON tree to NFC, keys included', () => {
    const decomposed = 'Nghệ An'.normalize('NFD');
    const out = cleanDeep({ [decomposed]: [decomposed, { place: decomposed }], n: 1, empty: null });
    expect(out).toEqual({ 'Nghệ An': ['Nghệ An', { place: 'Nghệ An' }], n: 1, empty: null });
  });

  it('keeps a "__proto__" key from a hostile file as plain data', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const out = cleanDeep(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
  });
});
