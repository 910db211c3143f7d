// Giấy mời from a meeting that has not happened yet (format spec §3.4, Quyết định 45/2018/QĐ-TTg): who is
// invited (each attendee with the title they will hold, then the groups), what the meeting is, the chair,
// the time with its weekday, the place, what to prepare and whom to contact. A long list of invitees goes
// to an appendix ("Thành phần: theo danh sách kèm theo").
import type { Stored } from '../../../shared/domain';
import type { OfficialDocument } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { archiveLine, draftBase, issuerNamesOf, saveDraft, type GeneratorServices } from './common';
import { chairsOf, personOf } from './meeting-facts';
import { bulletList, clockTimeFull, labelled, lowerFirst, para, upperFirst, weekdayDate } from './rich';
import { issuerSigners } from './signers';
import { boundedSummary } from './summary';

/** More invitees than this go to an appendix. */
export const INVITEES_IN_BODY = 12;

/** `Đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`. */
const invitee = (name: string, position: string) => `Đồng chí ${name}${position ? `, ${position}` : ''}`;

export function invitationFromMeeting(
  s: GeneratorServices,
  meetingId: string,
  issuerIds?: string[],
): Stored<OfficialDocument> {
  const m = s.meetings.get(meetingId);
  const base = draftBase(s, issuerIds ?? m.organizerIds);
  const attendees = m.attendees ?? [];
  const chairs = chairsOf(s, m);
  const invited = [
    ...attendees
      .filter((a) => a.role === 'attendee' || a.role === 'guest')
      .map((a) => personOf(s, a))
      .map((p) => invitee(p.name, p.position)),
    ...(m.attendeeGroups ?? []).map(upperFirst),
  ];
  const secretary = attendees.find((a) => a.role === 'secretary');
  const contact = secretary ? personOf(s, secretary) : undefined;
  const inAppendix = invited.length > INVITEES_IN_BODY;
  const issuerNames = issuerNamesOf(base);
  const body: RichTextNode[] = [
    para(`${issuerNames} trân trọng kính mời:`),
    ...(inAppendix
      ? [para('Các đồng chí có tên trong danh sách kèm theo Giấy mời này;')]
      : invited.length
        ? [bulletList(invited.map((t, i) => `${t}${i === invited.length - 1 ? '.' : ';'}`))]
        : [para('…')]),
    para(`Tới dự ${lowerFirst(m.title)}.`),
    labelled(
      'Chủ trì',
      chairs.length
        ? `${chairs.map((c) => `đồng chí ${c.name}${c.position ? `, ${c.position}` : ''}`).join('; ')}.`
        : '',
    ),
    labelled('Thời gian', `${clockTimeFull(m.startsAt)}, ${weekdayDate(m.startsAt)}.`),
    labelled('Địa điểm', m.location ? `${m.location}.` : ''),
    ...(inAppendix ? [labelled('Thành phần', 'theo danh sách kèm theo.')] : []),
    // The record holds no agenda before the meeting: the secretary writes it.
    labelled('Nội dung', ''),
    labelled(
      'Chuẩn bị',
      'đề nghị các đồng chí nghiên cứu tài liệu, chuẩn bị ý kiến phát biểu; các cơ quan được giao chuẩn bị báo cáo gửi về cơ quan chủ trì trước cuộc họp.',
    ),
    labelled(
      'Đầu mối liên hệ',
      contact
        ? `đồng chí ${contact.name}${contact.position ? `, ${contact.position}` : ''}; điện thoại: …`
        : '',
    ),
    para('Rất mong các đồng chí tham dự đúng thời gian./.'),
  ];
  const appendices = inAppendix
    ? [
        {
          title: 'Danh sách đại biểu được mời',
          body: { type: 'doc', content: [bulletList(invited)] } as RichTextNode,
        },
      ]
    : [];
  return saveDraft(s, base, {
    type: 'invitation',
    summary: boundedSummary(base.rules, 'Dự ', lowerFirst(m.title)),
    body: { type: 'doc', content: body },
    signers: issuerSigners(s, base),
    recipients: ['Như trên', archiveLine(base.rules)],
    appendices,
    meetingId: m.id,
  });
}
