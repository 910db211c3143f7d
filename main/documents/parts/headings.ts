// Headings follow the official hierarchy (NĐ 30 Mục V 6g): I. (Party I-) in capitals → 1. → a).
// A heading is not numbered again when the author numbered it ("III.", "1.", "a)", "Phần thứ nhất",
// "Chương II"), when `attrs.numbered` is false, or when it is a biên bản's own title ("BIÊN BẢN …").
import type { Paragraph } from 'docx';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { bodySpacing, inlineRuns, runFormat, type BodyContext } from './inline';
import { VIETNAMESE_LETTERS } from './numbering';
import { textRunXml } from './paragraph-xml';
import { RawParagraph } from './raw-paragraph';

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}
const romanValue = (digits: string): number => {
  let total = 0;
  let rest = digits;
  for (const [value, d] of ROMAN)
    while (rest.startsWith(d)) [total, rest] = [total + value, rest.slice(d.length)];
  return rest ? 0 : total;
};

type Kind = 'roman' | 'decimal' | 'letter';
/** What each level prints: I. → 1. → a). */
const LEVEL_KINDS: Kind[] = ['roman', 'decimal', 'letter'];

/** A number the author typed at the start of a heading, and its value where it is one of ours. */
interface TypedNumber {
  kind: Kind | 'other' | 'division';
  value: number;
}

// Each pattern reads one token at the start: bounded, no nested quantifiers, linear on any input.
const TYPED: [RegExp, (m: RegExpExecArray) => TypedNumber][] = [
  [/^([IVXLCDM]{1,8})\s?[.\-–]( |$)/, (m) => ({ kind: 'roman', value: romanValue(m[1] ?? '') })],
  [/^(\d{1,4})\s?[.)\-–]( |$)/, (m) => ({ kind: 'decimal', value: Number(m[1]) })],
  [/^\d{1,4}(\.\d{1,4}){1,4}\.?( |$)/, () => ({ kind: 'other', value: 0 })],
  [/^([a-zđ])\)( |$)/, (m) => ({ kind: 'letter', value: VIETNAMESE_LETTERS.indexOf(m[1] ?? '') + 1 })],
  [/^[A-ZĐ][.)]( |$)/, () => ({ kind: 'other', value: 0 })],
];

/** "Phần thứ nhất", "Phần I", "Chương II", "Mục 1", "Điều 3": a division of the text, numbered by its name. */
function isDivision(text: string): boolean {
  const words = text.split(/\s+/, 3);
  const first = (words[0] ?? '').toLocaleLowerCase('vi');
  const number = words[1] ?? '';
  if (!['phần', 'chương', 'mục', 'điều', 'tiểu'].includes(first)) return false;
  if (first === 'tiểu')
    return number.toLocaleLowerCase('vi') === 'mục' && /^(\d|[IVXLCDM]+\b)/.test(words[2] ?? '');
  return (
    number.toLocaleLowerCase('vi') === 'thứ' ||
    /^\d{1,4}[.:]?$/.test(number) ||
    /^[IVXLCDM]{1,8}[.:]?$/.test(number)
  );
}

function typedNumber(text: string): TypedNumber | null {
  if (isDivision(text)) return { kind: 'division', value: 0 };
  for (const [pattern, read] of TYPED) {
    const m = pattern.exec(text);
    if (m) return read(m);
  }
  return null;
}

/**
 * The automatic number of a heading at `level` (0–2), or '' when it gets none, keeping the counters in
 * step: a typed number of the level's own kind sets its counter ("III." then an automatic IV.), a
 * division ("Phần thứ hai") starts the numbering under it again at I.
 */
export function headingNumber(ctx: BodyContext, level: number, text: string, numbered: boolean): string {
  const typed = typedNumber(text);
  const isTitle = ctx.documentType === 'minutes' && text.toLocaleLowerCase('vi').startsWith('biên bản');
  if (typed?.kind === 'division') {
    ctx.counters.length = level;
    return '';
  }
  if (typed && typed.kind === LEVEL_KINDS[level] && typed.value > 0) ctx.counters[level] = typed.value;
  ctx.counters.length = level + 1;
  if (typed || !numbered || isTitle) return '';
  const count = (ctx.counters[level] ?? 0) + 1;
  ctx.counters[level] = count;
  return [
    `${roman(count)}${ctx.rules.body.romanSuffix} `,
    `${count}. `,
    `${VIETNAMESE_LETTERS[(count - 1) % VIETNAMESE_LETTERS.length]}) `,
  ][level] as string;
}

function upperCased(nodes: readonly RichTextNode[] | undefined): RichTextNode[] {
  return (nodes ?? []).map((n) =>
    n.type === 'text' ? { ...n, text: (n.text ?? '').toLocaleUpperCase('vi') } : n,
  );
}

export function heading(ctx: BodyContext, node: RichTextNode, path: string): Paragraph {
  const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 1) || 1)) - 1;
  const text = richTextToPlain(node).normalize('NFC').trim();
  const prefix = headingNumber(ctx, level, text, node.attrs?.numbered !== false);
  const bold = level < 2;
  const upper = level === 0;
  const runs = inlineRuns(ctx, upper ? upperCased(node.content) : node.content, { bold }, path);
  // A centred heading ("Phần thứ nhất") stays centred; the others sit where a paragraph starts.
  const align = node.attrs?.textAlign;
  const centred = align === 'center' || align === 'right';
  const plain = runFormat(ctx.rules, ctx.rules.body.text);
  return new RawParagraph(
    {
      keepNext: true,
      spacing: { ...bodySpacing(ctx), before: ctx.rules.body.spaceAfter },
      firstLine: centred ? 0 : ctx.rules.body.firstLineIndent,
      alignment: align === 'center' ? 'center' : align === 'right' ? 'right' : 'both',
      run: plain,
    },
    (prefix ? textRunXml(prefix, { ...plain, bold }) : '') + runs,
  );
}
