// Chương trình phối hợp from a programme (format spec §3.2): opening, purpose, the items as a table of
// content / lead / support / timing, organisation of the work. Joint: one signature block per party.
import type { Stored } from '../../../shared/domain';
import type { OfficialDocument } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import { archiveLine, draftBase, saveDraft, type GeneratorServices } from './common';
import { orgNames } from './meeting-facts';
import { heading, para, tableOf, upperFirst } from './rich';
import { issuerSigners } from './signers';

export function programmeDocument(s: GeneratorServices, programmeId: string): Stored<OfficialDocument> {
  const p = s.programmes.get(programmeId);
  const base = draftBase(s, p.partyIds);
  const names = base.issuers.map((o) => o.name);
  const together =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}` : (names[0] ?? '');
  const items = [...p.items].sort((a, b) => a.order - b.order);
  const table = tableOf(
    ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'],
    items.map((item, i) => [
      String(i + 1),
      richTextToPlain(item.content),
      orgNames(s, item.leadIds ?? []),
      orgNames(s, item.supportIds ?? []),
      item.timing ?? '',
    ]),
  );
  const body: RichTextNode[] = [
    para(
      `Thực hiện nhiệm vụ chính trị năm ${p.year}, ${together} thống nhất ban hành Chương trình phối hợp công tác năm ${p.year} như sau:`,
    ),
    heading('MỤC ĐÍCH, YÊU CẦU'),
    para(
      `Nâng cao hiệu quả phối hợp giữa ${together} trong lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị năm ${p.year}; phân công rõ cơ quan chủ trì, phối hợp và thời gian thực hiện từng nội dung.`,
    ),
    heading('NỘI DUNG PHỐI HỢP'),
    table,
    heading('TỔ CHỨC THỰC HIỆN'),
    para(
      `Văn phòng của các bên là đầu mối giúp theo dõi, đôn đốc thực hiện Chương trình; định kỳ 6 tháng, 1 năm báo cáo kết quả phối hợp. Trong quá trình thực hiện, nếu có vướng mắc, các bên trao đổi để thống nhất điều chỉnh./.`,
    ),
  ];
  // One block per party, each with its chair at the review meeting where there is one.
  const review = p.reviewMeetingId ? s.meetings.get(p.reviewMeetingId) : undefined;
  const signers = issuerSigners(s, base, review);
  return saveDraft(s, base, {
    type: 'coordination-programme',
    summary: upperFirst(p.title.replace(/^Chương trình\s+/i, '')),
    body: { type: 'doc', content: body },
    signers,
    recipients: [archiveLine(base.rules)],
    programmeId: p.id,
    ...(p.reviewMeetingId ? { meetingId: p.reviewMeetingId } : {}),
  });
}
