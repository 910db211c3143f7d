// PARTY documents: Hướng dẫn 36-HD/VPTW (2018), possibly superseded by 05-HD/VPTW (2026, unverified).
// Status per ../shared/format-spec.md §2: CONFIRMED / SECONDARY / UNCONFIRMED default. Change the
// unconfirmed values here, and only here, once a Party văn thư has checked them against the paper text.
import { authorityPrefixes } from '../../../shared/signers';
import { A4, mm, type RuleSet } from './types';

const t = (size: number, bold = false, italic = false, underline = false) => ({
  size,
  bold,
  italic,
  underline,
});

export const partyRules: RuleSet = {
  family: 'party',
  name: 'Hướng dẫn 36-HD/VPTW (05-HD/VPTW chưa kiểm chứng)',
  page: {
    ...A4, // §2.1 SECONDARY (S7): A4
    // §2.1 CONFLICT, UNCONFIRMED default: 20/20/30/15 mm (S11, S12); S8a's 25/25/35/15 is the old HD 11.
    margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
    headerDistance: mm(10), // §2.1 SECONDARY (S11, S8a): page number about 10 mm from the top edge
    marginRange: {
      top: [mm(20), mm(25)],
      bottom: [mm(20), mm(25)],
      left: [mm(30), mm(35)],
      right: [mm(15), mm(20)],
    },
  },
  font: 'Times New Roman', // §2.1 S8a, S6: Times New Roman in practice (TCVN 6909:2001)
  pageNumber: t(14), // §2.1 SECONDARY (S11): 14 pt, upright, centred, not on page 1
  header: {
    leftShare: 0.45, // convention: no official split
    parentBody: t(14), // §2.3 SECONDARY (S6, S11): cơ quan cấp trên IN HOA 14, not bold
    issuer: t(14, true), // §2.3 SECONDARY (S6, S11): cơ quan ban hành IN HOA 14, đậm
    issuerLineShare: null, // §2.3 CONFIRMED by real headers (S9, S10): a `*`, no line
    star: t(14), // §2.3 size UNKNOWN; default 14
    number: t(14), // §2.3 SECONDARY (S6): 14, đứng; form `Số 15-TB/TU` CONFIRMED (S9, S10)
    numberPattern: 'party',
    nationalTitle: {
      // §2.3 CONFIRMED position and line (S3: HD 36 1.1.2); 15 pt bold SECONDARY (S6, S11)
      lines: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: t(15, true) }],
      lineUnderShare: 1, // S3: "đường kẻ ngang, nét liền, có độ dài bằng độ dài tiêu đề"
    },
    date: t(14, false, true), // §2.3 SECONDARY (S6): 14, nghiêng
    urgency: t(14, true), // §2.3 SECONDARY (S11): IN HOA 14, đậm
    confidentiality: t(14, true), // convention: same as urgency
  },
  title: {
    type: t(16, true), // §2.3 SECONDARY (S6, S11): tên loại IN HOA 15–16, đậm
    summary: t(14, true), // §2.3 SECONDARY (S6): trích yếu 14–15, đậm
    underline: { kind: 'text', text: '-----' }, // §2.3 SECONDARY (S11 only): "-----" under the trích yếu
    spaceBefore: 360, // convention
    spaceAfter: 240, // convention
  },
  letter: {
    // §2.3 SECONDARY (S6) gives the trích yếu công văn 12 pt italic; kept upright as in the state format
    // (convention, UNCONFIRMED for HD 36) until a Party văn thư checks it.
    summary: t(12),
    summaryPrefix: '', // §2.3 SECONDARY (S11 only): written "về việc …", no "V/v" — printed as typed
    addressee: t(14), // convention: as the body text
  },
  drafter: t(11), // §2.2 ô 12 (S8b): ký hiệu người đánh máy, số bản; size UNKNOWN, the state 11 pt used
  appendix: {
    label: t(14, true), // convention: as the state format (HD 36 rule not found)
    title: t(14, true), // convention
    reference: t(14, false, true), // convention
  },
  body: {
    text: t(14), // §2.3 SECONDARY (S6): nội dung 14–15
    firstLineIndent: mm(10), // §2.1 SECONDARY (S11): lùi đầu dòng about 10 mm
    spaceAfter: 120, // §2.1 SECONDARY (S11): ≥ 6 pt between paragraphs
    line: { value: 360, rule: 'exact' }, // §2.1 UNKNOWN for HD 36; S11 says exactly 18–22 pt: 18 pt chosen
    romanSuffix: '-', // §2.3 observed practice: I-, II- → 1. → a)
    tableText: t(13), // convention
  },
  signature: {
    recipientsShare: 0.45, // convention
    // §2.3 CONFIRMED T/M, K/T (S5); T/L (S16, S11); "Q." (S11); T/UQ convention. Slash form, no dot.
    authorityPrefix: authorityPrefixes.party, // T/M K/T T/L T/UQ Q.
    authority: t(14, true), // §2.3 SECONDARY (S11): IN HOA 14, đậm
    position: t(14), // §2.3 SECONDARY (S11), UNCONFIRMED: IN HOA 14, NOT bold
    name: t(14, true), // §2.3 SECONDARY (S11): 14, đậm
    gapLines: 4, // convention
    recipientsLabel: t(14, false, false, true), // §2.3 SECONDARY (S11), UNCONFIRMED: 14, underlined
    recipientItem: t(12), // §2.3 SECONDARY (S11): 12, đứng
    archivePrefix: 'Lưu', // §2.3 SECONDARY (S11): "- Lưu Văn phòng Tỉnh ủy." with no colon and no VT
  },
};
