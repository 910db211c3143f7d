// A draft whose body uses every node and mark the editor can make, in the shapes secretaries write:
// a centred "Phần thứ nhất", a heading numbered by hand, lists three levels deep, a manual line break
// in a justified paragraph, a typed `---`, a table that runs over pages and one wide enough to turn the
// page. Rendered by `npm run render:samples` (sample 5) and exported by the body tests.
import type { Stored } from '../../shared/domain';
import type { OfficialDocument } from '../../shared/exchange';
import type { RichTextNode } from '../../shared/rich-text';
import { demoIds } from '../demo/seed-data';
import type { Services } from '../services';

const t = (text: string, ...marks: string[]): RichTextNode => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: RichTextNode[]): RichTextNode => ({
  type: 'paragraph',
  attrs: { textAlign: 'justify' },
  content,
});
const h = (level: number, text: string, attrs: Record<string, unknown> = {}): RichTextNode => ({
  type: 'heading',
  attrs: { level, textAlign: null, ...attrs },
  content: [t(text)],
});
const item = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });
const ol = (...items: RichTextNode[]): RichTextNode => ({
  type: 'orderedList',
  attrs: { start: 1, type: null },
  content: items,
});
const cell = (type: 'tableCell' | 'tableHeader', text: string): RichTextNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  content: [{ type: 'paragraph', attrs: { textAlign: null }, content: text ? [t(text)] : [] }],
});
const row = (type: 'tableCell' | 'tableHeader', texts: string[]): RichTextNode => ({
  type: 'tableRow',
  content: texts.map((x) => cell(type, x)),
});
const table = (head: string[], rows: string[][]): RichTextNode => ({
  type: 'table',
  content: [row('tableHeader', head), ...rows.map((r) => row('tableCell', r))],
});

const units = ['Sở Nội vụ', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Văn phòng UBND tỉnh', 'Sở Tư pháp'];
const tasks = Array.from({ length: 24 }, (_, i) => [
  String(i + 1),
  `Tham mưu triển khai nhiệm vụ số ${i + 1} theo kết luận của Chủ tịch UBND tỉnh tại Hội nghị`,
  units[i % units.length] ?? '',
  `${String((i % 12) + 1).padStart(2, '0')}/2016`,
  i % 3 === 0 ? 'Đã hoàn thành' : 'Đang thực hiện',
  '',
]);

export const bodySampleBody: RichTextNode = {
  type: 'doc',
  content: [
    h(1, 'Phần thứ nhất', { textAlign: 'center', numbered: false }),
    h(1, 'Kết quả thực hiện nhiệm vụ năm 2015'),
    p(
      t('Năm 2015, Văn phòng UBND tỉnh đã '),
      t('hoàn thành', 'bold'),
      t(' các nhiệm vụ được giao; '),
      t('tham mưu kịp thời', 'italic'),
      t(' cho Thường trực UBND tỉnh trong chỉ đạo, điều hành; '),
      t('chất lượng văn bản', 'underline'),
      t(' được nâng lên; '),
      t('không còn văn bản quá hạn', 'strike'),
      t('.'),
    ),
    h(2, 'Về công tác tham mưu'),
    p(
      t('Địa chỉ nhận ý kiến góp ý:'),
      { type: 'hardBreak' },
      t('Phòng Tổng hợp, Văn phòng UBND tỉnh, số 16 đường Trường Thi, thành phố Vinh.'),
    ),
    h(3, 'Tham mưu văn bản chỉ đạo, điều hành'),
    h(3, 'Tổng hợp, báo cáo'),
    h(1, 'III. Tồn tại, hạn chế', { numbered: true }),
    { type: 'blockquote', content: [p(t('Một số nhiệm vụ còn chậm so với thời hạn được giao.'))] },
    h(1, 'Phần thứ hai', { textAlign: 'center', numbered: false }),
    h(1, 'Nhiệm vụ trọng tâm năm 2016'),
    ol(
      item(
        p(t('Tiếp tục cải cách hành chính:')),
        ol(
          item(
            p(t('Rà soát quy trình giải quyết công việc:')),
            ol(item(p(t('Quy trình tiếp nhận văn bản đến.'))), item(p(t('Quy trình phát hành văn bản đi.')))),
          ),
          item(p(t('Ứng dụng công nghệ thông tin trong quản lý văn bản.'))),
        ),
      ),
      item(p(t('Nâng cao chất lượng tham mưu, tổng hợp.'))),
    ),
    {
      type: 'bulletList',
      content: [item(p(t('Các phòng, đơn vị chủ động xây dựng kế hoạch thực hiện.')))],
    },
    { type: 'horizontalRule' },
    p(t('Danh mục nhiệm vụ giao các cơ quan, đơn vị:')),
    table(['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Ghi chú'], tasks),
    p(t('Tiến độ theo từng quý của các cơ quan:')),
    table(
      ['TT', 'Cơ quan', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm', 'Tỷ lệ', 'Xếp loại', 'Ghi chú'],
      units.map((u, i) => [String(i + 1), u, '3', '4', '2', '5', '14', '93%', 'Tốt', '']),
    ),
    p(t('Văn phòng UBND tỉnh thông báo để các phòng, đơn vị biết, thực hiện./.')),
  ],
};

export const BODY_SAMPLE_ID = '5e1f7c1e-7a39-4d5e-9a57-1d1f6a0b2c55';

/** Saves the body sample as a draft of the demo's state notice (KHẨN, MẬT) and returns it. */
export function saveBodySample(s: Services): Stored<OfficialDocument> {
  const source = s.documents.get(demoIds.notice2015);
  return s.documents.saveDraft({
    ...source,
    id: BODY_SAMPLE_ID,
    summary: 'Kết luận của Chủ tịch UBND tỉnh về nhiệm vụ trọng tâm năm 2016 của Văn phòng UBND tỉnh',
    body: bodySampleBody,
    urgency: 'thuong-khan',
    confidentiality: 'mat',
  });
}
