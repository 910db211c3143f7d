// Biên bản from a meeting, with the field labels of NĐ 30 Mẫu 1.9 (format spec §3.3).
import type { Stored } from '../../../shared/domain';
import type { OfficialDocument, Signer } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { archiveLine, draftBase, saveDraft, type GeneratorServices } from './common';
import { chairsOf, comrade, personOf } from './meeting-facts';
import { blocksOf, clockTime, longDate, para, text } from './rich';

/** `Label: value.`, or `Label: …` for the secretary to fill in. */
const field = (label: string, value: string): RichTextNode =>
  para(text(`${label}: `, true), value.trim() ? `${value.trim()}.` : '…');

export function minutesFromMeeting(s: GeneratorServices, meetingId: string): Stored<OfficialDocument> {
  const m = s.meetings.get(meetingId);
  const base = draftBase(s, m.organizerIds);
  const party = base.rules.family === 'party';
  const attendees = m.attendees ?? [];
  const chairs = chairsOf(s, m);
  const secretary = attendees.find((a) => a.role === 'secretary');
  const present = attendees
    .filter((a) => a.role !== 'absent' && a.role !== 'secretary')
    .map((a) => comrade(personOf(s, a)));
  const absent = attendees.filter((a) => a.role === 'absent').map((a) => comrade(personOf(s, a)));
  const participants = [...present, ...(m.attendeeGroups ?? [])].join('; ');
  const body: RichTextNode[] = [
    field('Thời gian bắt đầu', `${clockTime(m.startsAt)}, ${longDate(m.startsAt)}`),
    field('Địa điểm', m.location ?? ''),
    field('Thành phần tham dự', participants),
    ...(absent.length ? [field('Vắng mặt', absent.join('; '))] : []),
    field('Chủ trì (chủ tọa)', chairs.map(comrade).join('; ')),
    field('Thư ký (người ghi biên bản)', secretary ? comrade(personOf(s, secretary)) : ''),
    para(text('Nội dung (theo diễn biến cuộc họp):', true)),
    ...blocksOf(m.minutes),
    para(
      m.endsAt
        ? `Cuộc họp kết thúc vào ${clockTime(m.endsAt)}, ${longDate(m.endsAt)}./.`
        : 'Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …/.',
    ),
  ];
  const signers: Signer[] = [
    {
      organizationId: base.lead.id,
      authority: '',
      position: party ? 'NGƯỜI GHI BIÊN BẢN' : 'THƯ KÝ',
      ...(secretary ? { personId: secretary.personId } : {}),
    },
    {
      organizationId: base.lead.id,
      authority: '',
      position: party ? 'CHỦ TRÌ HỘI NGHỊ' : 'CHỦ TỌA',
      ...(chairs[0] ? { personId: chairs[0].personId } : {}),
    },
  ];
  return saveDraft(s, base, {
    type: 'minutes',
    summary: m.title,
    body: { type: 'doc', content: body },
    signers,
    recipients: [archiveLine(base.rules).replace('VT.', 'VT, Hồ sơ.')],
    meetingId: m.id,
  });
}
