// Word numbering for the body's lists: real w:numPr lists, so Word renumbers them when the secretary edits.
// Vietnamese lists put the number where a paragraph's first line starts, then a space, and wrap to the margin.
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type ILevelsOptions } from 'docx';
import type { RuleSet } from '../rules';

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
      run: { font: rules.font, size: rules.body.text.size * 2, color: '000000' },
      paragraph: { indent: { left: 0, firstLine: rules.body.firstLineIndent } },
    },
  };
}

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
