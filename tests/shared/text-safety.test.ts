import { describe, expect, it } from 'vitest';
import { hasForbiddenChars, stripForbiddenChars } from '../../shared/text-safety';

describe('text safety', () => {
  it('removes NUL, other C0 controls, U+FFFE and U+FFFF but keeps tab, line feed and carriage return', () => {
    expect(stripForbiddenChars('Sở\u0000 Nội\u0007 vụ\uFFFE\uFFFF\t\n\r')).toBe('Sở Nội vụ\t\n\r');
  });

  it('removes bidirectional overrides and isolates', () => {
    expect(stripForbiddenChars('\u202EnaH\u202C Nguyễn\u2066 Văn\u2069 A')).toBe('naH Nguyễn Văn A');
  });

  it('removes lone surrogates but keeps a character outside the BMP whole', () => {
    expect(stripForbiddenChars('a\uD800b\uDC00c😀')).toBe('abc😀');
  });

  it('keeps Vietnamese text untouched and reports nothing to strip', () => {
    const text = 'Ủy ban nhân dân tỉnh Nghệ An — Độc lập - Tự do - Hạnh phúc';
    expect(hasForbiddenChars(text)).toBe(false);
    expect(stripForbiddenChars(text)).toBe(text);
  });

  it('handles a long text in one pass (no backtracking)', () => {
    const text = `${'\uD800'.repeat(200_000)}${'x\u0001'.repeat(200_000)}`;
    expect(stripForbiddenChars(text)).toBe('x'.repeat(200_000));
  });
});
