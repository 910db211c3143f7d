// The outline a new biên bản starts from, drawn from the meeting: the lines of the form (time, place,
// participants, chair, secretary), then "Nội dung" with one heading per item to discuss, then "Kết luận".
// The field lines use the biên bản's own labels, so its generator (minutes.ts) recognizes and leaves
// them out: the header of the exported biên bản states each of them once, from the meeting's data.
import type { StoredMeeting } from '../../../shared/domain';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import type { GeneratorServices } from './common';
import { chairsOf, comrade, personOf } from './meeting-facts';
import { bulletList, clockTime, heading, longDate, lowerFirst, orderedList, para, text } from './rich';

/** The labels of the biên bản's fields (NĐ 30 Mẫu 1.9), shared with its generator. */
export const MINUTES_FIELDS = {
  time: 'Thời gian bắt đầu',
  place: 'Địa điểm',
  participants: 'Thành phần tham dự',
  absent: 'Vắng mặt',
  chair: 'Chủ trì (chủ tọa)',
  secretary: 'Thư ký (người ghi biên bản)',
} as const;

/** The parts of a meeting's discussion when no programme names them. */
const DEFAULT_ITEMS = ['Báo cáo, tờ trình tại cuộc họp', 'Ý kiến thảo luận'];
/** A programme item longer than this is cut in its heading (the full text stays in the programme). */
const MAX_ITEM_CHARS = 200;

const line = (label: string, value: string): RichTextNode =>
  para(text(`${label}: `, true), value.trim() ? `${value.trim().replace(/[.;,]$/, '')}.` : '…');
const empty = (): RichTextNode => ({ type: 'paragraph', attrs: { textAlign: 'justify' } });
const clip = (s: string): string => (s.length > MAX_ITEM_CHARS ? `${s.slice(0, MAX_ITEM_CHARS - 1)}…` : s);

/** The items of the programmes this meeting reviews, in their order. */
function programmeItems(s: GeneratorServices, meetingId: string): string[] {
  return s.programmes
    .list()
    .map((p) => s.programmes.get(p.id))
    .filter((p) => p.reviewMeetingId === meetingId)
    .flatMap((p) => [...p.items].sort((a, b) => a.order - b.order))
    .map((item) => clip(richTextToPlain(item.content).replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
}

export function minutesOutline(s: GeneratorServices, meetingId: string): RichTextNode {
  const m: StoredMeeting = s.meetings.get(meetingId);
  const attendees = m.attendees ?? [];
  const secretary = attendees.find((a) => a.role === 'secretary');
  const present = attendees
    .filter((a) => a.role === 'attendee' || a.role === 'guest')
    .map((a) => comrade(personOf(s, a)));
  const absent = attendees.filter((a) => a.role === 'absent').map((a) => comrade(personOf(s, a)));
  const participants = [...present, ...(m.attendeeGroups ?? []).map(lowerFirst)];
  const items = programmeItems(s, m.id);
  const conclusions = [...(m.conclusions ?? [])]
    .sort((a, b) => a.order - b.order)
    .map((c) => richTextToPlain(c.text).trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: [
      line(MINUTES_FIELDS.time, `${clockTime(m.startsAt)}, ${longDate(m.startsAt)}`),
      line(MINUTES_FIELDS.place, m.location ?? ''),
      ...(participants.length
        ? [para(text(`${MINUTES_FIELDS.participants}:`, true)), bulletList(participants)]
        : [line(MINUTES_FIELDS.participants, '')]),
      ...(absent.length ? [line(MINUTES_FIELDS.absent, absent.join('; '))] : []),
      line(MINUTES_FIELDS.chair, chairsOf(s, m).map(comrade).join('; ')),
      line(MINUTES_FIELDS.secretary, secretary ? comrade(personOf(s, secretary)) : ''),
      heading('Nội dung', 1),
      ...(items.length ? items : DEFAULT_ITEMS).flatMap((item) => [heading(item, 2), empty()]),
      heading('Kết luận', 2),
      conclusions.length ? orderedList(conclusions.map((c) => [para(c)])) : empty(),
    ],
  };
}
