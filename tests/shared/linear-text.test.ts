// Text from users and other offices goes through regular expressions and string scans that must stay
// linear in its length. Each input below is sized so that a backtracking (quadratic) version would run
// for a minute or more, while a linear one takes milliseconds: the test's own timeout is the check.
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../renderer/src/editor/wordImport';
import { parseHash } from '../../renderer/src/shell/routes';
import { joinLines, removeSpans, trimEndChar } from '../../shared/linear-text';
import { richTextToPlain } from '../../shared/rich-text';
import { random } from '../main/backup/hostile-files';

const TIMEOUT = 10_000;

describe('long hostile text is handled in linear time', () => {
  it(
    'richTextToPlain of 100,000 line breaks before a word',
    () => {
      const doc = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `${'\n'.repeat(100_000)}x` }] }],
      };
      expect(richTextToPlain(doc)).toBe(`${'\n'.repeat(100_000)}x`);
      expect(richTextToPlain({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] })).toBe(
        '',
      );
    },
    TIMEOUT,
  );

  it(
    'a title of the day pasted with 100,000 spaces and no line break',
    () => {
      expect(joinLines(`${' '.repeat(100_000)}x`)).toBe(`${' '.repeat(100_000)}x`);
    },
    TIMEOUT,
  );

  it(
    'pasted HTML with 100,000 unclosed comments, style and Office tags',
    () => {
      expect(cleanPastedHtml('<!--'.repeat(100_000))).toBe('<!--'.repeat(100_000));
      expect(cleanPastedHtml('<style'.repeat(100_000))).toBe('<style'.repeat(100_000));
      expect(cleanPastedHtml('<o:'.repeat(100_000))).toBe('<o:'.repeat(100_000));
    },
    TIMEOUT,
  );

  it(
    'an address with 100,000 slashes before a word',
    () => {
      expect(parseHash(`#/${'/'.repeat(100_000)}x`, () => 'id')).toMatchObject({ name: 'not-found' });
    },
    TIMEOUT,
  );
});

describe('the linear versions do what the regular expressions did', () => {
  const alphabet = [' ', '\n', '\r', '\t', 'a', 'b', '\u00a0', '<', '>', '-', '!', '/', 'o', ':', 'S'];
  const next = random(10);
  const samples = Array.from({ length: 3000 }, () =>
    Array.from(
      { length: Math.floor(next() * 14) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );

  it('joinLines is /\\s*\\n\\s*/g → one space', () => {
    for (const s of samples) expect(joinLines(s), JSON.stringify(s)).toBe(s.replace(/\s*\n\s*/g, ' '));
  });

  it('trimEndChar is /c+$/ → nothing', () => {
    for (const s of samples) {
      expect(trimEndChar(s, '\n')).toBe(s.replace(/\n+$/, ''));
      expect(trimEndChar(s, '/')).toBe(s.replace(/\/+$/, ''));
    }
  });

  it('removeSpans is a lazy open…close regular expression', () => {
    const html = samples.map((s) => s.replace(/S/g, '<style>').replace(/o:/g, '<o:p>'));
    for (const s of [
      ...samples,
      ...html,
      '<!---->a<!-->b-->c',
      '<STYLE>x</Style>y<style>',
      '<o:p>a</o:p><o:x',
    ]) {
      expect(removeSpans(s, /<!--/g, /-->/g), s).toBe(s.replace(/<!--[\s\S]*?-->/g, ''));
      expect(removeSpans(s, /<style/gi, /<\/style>/gi), s).toBe(s.replace(/<style[\s\S]*?<\/style>/gi, ''));
      expect(removeSpans(s, /<\/?o:/gi, />/g), s).toBe(s.replace(/<\/?o:[^>]*>/gi, ''));
    }
  });
});
