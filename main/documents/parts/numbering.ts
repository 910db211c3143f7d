// Word numbering for the body's lists: real w:numPr lists, so Word renumbers them when the secretary edits.
// Vietnamese lists put the number where a paragraph's first line starts, then a space, and wrap to the margin.
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type ILevelsOptions } from 'docx';
import type { RuleSet } from '../rules';
import { VIETNAMESE } from './text';

export const ORDERED = 'so-hop-ordered';
export const BULLET = 'so-hop-bullet';

function level(
  rules: RuleSet,
  index: number,
  format: ILevelsOptions['format'],
  text: string,
  start = 1,
): ILevelsOptions {
  return {
    level: index,
    format,
    text,
    start,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.SPACE,
    style: {
      run: { font: rules.font, size: rules.body.text.size * 2, color: '000000', language: VIETNAMESE },
      paragraph: { indent: { left: 0, firstLine: rules.body.firstLineIndent } },
    },
  };
}

/** The Vietnamese alphabet's letters as official texts count with them: a), b), c), d), đ), e), g)… */
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Word's lowerLetter counts a, b, c, d, e: the same as Vietnamese up to the fourth item only. */
export const WORD_LETTERS_AGREE_UP_TO = 4;

/** Ordered lists: 1. → a) → -; a list starting elsewhere than 1 gets its own definition. */
export function orderedDefinition(rules: RuleSet, start: number) {
  return {
    reference: start === 1 ? ORDERED : `${ORDERED}-${start}`,
    levels: [
      level(rules, 0, LevelFormat.DECIMAL, '%1.', start),
      level(rules, 1, LevelFormat.LOWER_LETTER, '%2)'),
      ...[2, 3, 4, 5, 6, 7, 8].map((i) => level(rules, i, LevelFormat.BULLET, '-')),
    ],
  };
}

/**
 * One lettered item of a list longer than Word's letters can count in Vietnamese (đ, then no f, j, w,
 * z): its level 1 prints the letter itself, so the fifth item reads đ) and the sixth e).
 */
export function letterDefinition(rules: RuleSet, index: number) {
  const letter = VIETNAMESE_LETTERS[index % VIETNAMESE_LETTERS.length] ?? 'a';
  const ordered = orderedDefinition(rules, 1);
  return {
    reference: `so-hop-letter-${index}`,
    levels: ordered.levels.map((l) =>
      l.level === 1 ? { ...l, format: LevelFormat.DECIMAL, text: `${letter})` } : l,
    ),
  };
}

/** Bullet lists use the dash of Vietnamese official texts at every level. */
export function numberingOptions(rules: RuleSet): INumberingOptions {
  return {
    config: [
      orderedDefinition(rules, 1),
      {
        reference: BULLET,
        levels: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => level(rules, i, LevelFormat.BULLET, '-')),
      },
    ],
  };
}
