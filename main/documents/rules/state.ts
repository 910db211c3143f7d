// STATE documents: Nghị định 30/2020/NĐ-CP, Phụ lục I (S1 in ../shared/format-spec.md), and Phụ lục III
// (Mẫu 1.4, Mẫu 1.9). Every number here is CONFIRMED in the decree unless the comment says "convention".
import { authorityPrefixes } from '../../../shared/signers';
import { A4, mm, type RuleSet } from './types';

const t = (size: number, bold = false, italic = false) => ({ size, bold, italic });

export const stateRules: RuleSet = {
  family: 'state',
  name: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  page: {
    ...A4, // Mục I: "Khổ A4 (210 mm x 297 mm)", portrait
    // Mục I: top 20–25, bottom 20–25, left 30–35, right 15–20 mm; the lowest value of each range.
    margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
    headerDistance: mm(10), // convention: the number sits in the top margin, 10 mm from the edge
    marginRange: {
      top: [mm(20), mm(25)],
      bottom: [mm(20), mm(25)],
      left: [mm(30), mm(35)],
      right: [mm(15), mm(20)],
    },
  },
  font: 'Times New Roman', // Mục I: "Phông chữ tiếng Việt Times New Roman … màu đen"
  pageNumber: t(14), // Mục I: cỡ chữ 13–14, đứng, canh giữa trong lề trên, không hiện ở trang 1
  header: {
    leftShare: 0.42, // convention: the diagram (S1d) gives ≈43% / 46%
    parentBody: t(12), // ô 2: cơ quan chủ quản, IN HOA 12–13, đứng, không đậm
    issuer: t(12, true), // ô 2: cơ quan ban hành, IN HOA 12–13, đứng, đậm
    issuerLineShare: 0.4, // ô 2: nét liền, dài 1/3–1/2 dòng chữ, đặt cân đối
    star: null,
    number: t(13), // ô 3: cỡ chữ 13, đứng; `Số: 05/TB-UBND`
    numberPattern: 'state',
    nationalTitle: {
      lines: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: t(12, true) }, // ô 1: IN HOA 12–13, đậm
        { text: 'Độc lập - Tự do - Hạnh phúc', style: t(13, true) }, // ô 1: 13–14, đậm
      ],
      lineUnderShare: 1, // ô 1: nét liền "có độ dài bằng độ dài của dòng chữ" (the Tiêu ngữ)
    },
    date: t(13, false, true), // ô 4: 13–14, nghiêng, same line as the number
    urgency: t(13, true), // ô 10b: IN HOA 13–14, đậm
    confidentiality: t(13, true), // ô 10a: IN HOA 13–14, đậm
  },
  title: {
    type: t(14, true), // ô 5a: tên loại IN HOA 13–14, đậm
    summary: t(14, true), // ô 5a: trích yếu 13–14, đậm
    underline: { kind: 'line', share: 0.4 }, // ô 5a: nét liền 1/3–1/2 dòng chữ
    spaceBefore: 360, // convention: 18 pt above the tên loại
    spaceAfter: 240, // convention: 12 pt below the short line
  },
  letter: {
    summary: t(12), // ô 5b: trích yếu công văn "V/v …" 12–13, đứng, centred under the number, 6 pt before
    summaryPrefix: 'V/v ', // ô 5b: "V/v" (về việc) starts the trích yếu of a công văn
    addressee: t(14), // ô 9a: "Kính gửi:" 13–14, đứng
  },
  drafter: t(11), // ô 12 (Mục V): ký hiệu người soạn thảo, số bản, e.g. "PL.(300)": 11, đứng
  appendix: {
    label: t(14, true), // Mục V "P": "Phụ lục I", in thường 14, đậm; Roman numerals when several
    title: t(14, true), // Mục V "P": tên phụ lục IN HOA 13–14, đậm
    reference: t(14, false, true), // Mục V "P": "(Kèm theo … số … ngày … của …)" 13–14, nghiêng
  },
  body: {
    text: t(14), // ô 6: 13–14, đứng
    firstLineIndent: mm(10), // ô 6: lùi đầu dòng 1 cm hoặc 1,27 cm
    spaceAfter: 120, // ô 6: khoảng cách giữa các đoạn tối thiểu 6 pt
    line: { value: 276, rule: 'auto' }, // ô 6: từ dòng đơn đến 1,5 dòng; 1.15 lines chosen
    romanSuffix: '.', // Mục V 6g: I., II. → 1. → a)
    tableText: t(13), // convention: tables one size smaller than the body
  },
  signature: {
    recipientsShare: 0.45, // convention: signature area ≈ 45/55
    authorityPrefix: authorityPrefixes.state, // ô 7a: TM. KT. TL. TUQ. Q. — a dot, no slash
    authority: t(14, true), // ô 7a: IN HOA 13–14, đậm
    position: t(14, true), // ô 7b: IN HOA 13–14, đậm
    name: t(14, true), // ô 7d: 13–14, đậm
    gapLines: 4, // ô 7c: height UNKNOWN; convention 3–4 empty lines
    recipientsLabel: t(12, true, true), // ô 9b: "Nơi nhận:" 12, nghiêng, đậm
    recipientItem: t(11), // ô 9b: 11, đứng; "- …;" and last "- Lưu: VT, …."
    archivePrefix: 'Lưu:',
  },
};
