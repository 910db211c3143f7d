// The shape of a rule set: every number the engine lays out with. Units: sizes in points, lengths in
// twips (1/20 pt; 1 mm = 56.7 twips), spacing in twips, line spacing in 240ths of a line ('auto') or twips ('exact').

export interface TextStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  underline?: boolean;
}

export interface RuleSet {
  family: 'state' | 'party';
  /** Shown in the README and logs. */
  name: string;
  page: {
    width: number;
    height: number;
    margin: { top: number; bottom: number; left: number; right: number };
    /** Distance from the top edge to the page-number line. */
    headerDistance: number;
    /** Legal ranges the margins may be configured within. */
    marginRange: Record<'top' | 'bottom' | 'left' | 'right', [number, number]>;
  };
  font: string;
  pageNumber: TextStyle;
  header: {
    /** Share of the text width given to the left (issuer) column; the rest is the right column. */
    leftShare: number;
    parentBody: TextStyle;
    issuer: TextStyle;
    /** State: a drawn line under the issuer, this share of the widest issuer line. Party: the `*`. */
    issuerLineShare: number | null;
    star: TextStyle | null;
    number: TextStyle;
    /** `Số: 05/TB-UBND` (state) or `Số 05-TB/TU` (Party). */
    numberPattern: 'state' | 'party';
    nationalTitle: { lines: { text: string; style: TextStyle }[]; lineUnderShare: number };
    date: TextStyle;
    urgency: TextStyle;
    confidentiality: TextStyle;
  };
  title: {
    type: TextStyle;
    summary: TextStyle;
    /** A drawn line this share of the summary's widest line, or a text mark such as `-----`. */
    underline: { kind: 'line'; share: number } | { kind: 'text'; text: string };
    spaceBefore: number;
    spaceAfter: number;
  };
  /** Công văn (Mẫu 1.5) and "Kính gửi" (ô 9a). */
  letter: {
    /** The trích yếu under the number (ô 5b). */
    summary: TextStyle;
    /** Put before a công văn's trích yếu that does not start with it: `V/v ` (state) or nothing (Party). */
    summaryPrefix: string;
    /** "Kính gửi:" and its recipients. */
    addressee: TextStyle;
  };
  /** ô 13: the drafter's symbol and the number of copies, under Nơi nhận at the left of the last page. */
  drafter: TextStyle;
  /** Appendices, each on new pages numbered from 1, after the signature. */
  appendix: {
    /** `Phụ lục I`. */
    label: TextStyle;
    /** Its title, in capitals. */
    title: TextStyle;
    /** `(Kèm theo … số … ngày … của …)`. */
    reference: TextStyle;
  };
  body: {
    text: TextStyle;
    firstLineIndent: number;
    spaceAfter: number;
    line: { value: number; rule: 'auto' | 'exact' };
    /** Top-level heading prefix: `I.` (state) or `I-` (Party). */
    romanSuffix: '.' | '-';
    tableText: TextStyle;
  };
  signature: {
    /** Share of the text width given to the Nơi nhận column (single signer). */
    recipientsShare: number;
    authorityPrefix: Record<'TM' | 'KT' | 'TL' | 'TUQ' | 'Q', string>;
    authority: TextStyle;
    position: TextStyle;
    name: TextStyle;
    /** Empty lines left for the signature and seal. */
    gapLines: number;
    recipientsLabel: TextStyle;
    recipientItem: TextStyle;
    /** Separator after `Lưu` on the last line: `Lưu: VT, …` (state) or `Lưu Văn phòng…` (Party). */
    archivePrefix: string;
  };
}

const MM = 56.7;
export const mm = (value: number): number => Math.round(value * MM);
export const A4 = { width: 11906, height: 16838 } as const;
