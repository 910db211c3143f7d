// Biên bản from a meeting, with the field labels of NĐ 30 Mẫu 1.9 (format spec §3.3). Each fact is stated
// once: the chair and the secretary on their own lines (not again among the participants), the time and
// place only in the fields (lines of the typed minutes that restate them are left out), one closing line.
import type { Stored, StoredMeeting } from '../../../shared/domain';
import type { OfficialDocument, Signer } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { richTextToPlain } from '../../../shared/rich-text';
import { foldVietnamese } from '../../../shared/vietnamese';
import { archiveLine, draftBase, saveDraft, type GeneratorServices } from './common';
import { chairsOf, comrade, personOf } from './meeting-facts';
import { MINUTES_FIELDS } from './minutes-outline';
import { blocksOf, clockTime, longDate, lowerFirst, para, text } from './rich';
import { boundedSummary } from './summary';

/** `Label: value.`, or `Label: …` for the secretary to fill in. */
const field = (label: string, value: string): RichTextNode =>
  para(text(`${label}: `, true), value.trim() ? `${value.trim().replace(/[.;,]$/, '')}.` : '…');

/** The meeting's own word in the closing line (Mẫu 1.9: "Cuộc họp (hội nghị, hội thảo) kết thúc vào …"). */
const closingNoun: Record<StoredMeeting['kind'], string> = {
  'hoi-nghi': 'Hội nghị',
  'cuoc-hop': 'Cuộc họp',
  'buoi-lam-viec': 'Buổi làm việc',
  'phien-hop': 'Phiên họp',
};

/** A typed line that restates a field of the form ("Thời gian: …", "Chủ trì: …"), folded. */
const FIELD_LINE =
  /^(thoi gian|dia diem|thanh phan|vang mat|chu tri|chu toa|thu ky|nguoi ghi bien ban|noi dung)\b[^:]{0,40}:/;
/** A field line with its value in the list under it ("Thành phần tham dự:" then one line per person). */
const FIELD_HEAD = /:$/;
/** The outline's "Nội dung" heading: the biên bản prints its own "Nội dung (theo diễn biến cuộc họp):". */
const CONTENT_HEADING = /^noi dung\b[^:]{0,40}:?$/;
const LISTS = new Set(['bulletList', 'orderedList']);
/** A typed closing line ("Cuộc họp kết thúc lúc …", "Biên bản lập xong …"). */
const CLOSING_LINE =
  /^((cuoc hop|hoi nghi|hoi thao|buoi lam viec|phien hop)\b.{0,40}\bket thuc|bien ban\b.{0,60}\b(ket thuc|lap xong))/;

const folded = (node: RichTextNode): string => foldVietnamese(richTextToPlain(node));

/** The typed minutes without the leading lines that restate the fields, and its closing line apart. */
function contentOf(minutes: RichTextNode | null | undefined): {
  blocks: RichTextNode[];
  closing?: RichTextNode;
} {
  const blocks = blocksOf(minutes);
  let start = 0;
  while (start < blocks.length && FIELD_LINE.test(folded(blocks[start]!))) {
    const head = FIELD_HEAD.test(folded(blocks[start]!));
    start++;
    if (head && LISTS.has(blocks[start]?.type ?? '')) start++;
  }
  if (start < blocks.length && CONTENT_HEADING.test(folded(blocks[start]!))) start++;
  let end = blocks.length;
  while (end > start && !folded(blocks[end - 1]!)) end--;
  const last = end > start ? blocks[end - 1] : undefined;
  if (last?.type === 'paragraph' && CLOSING_LINE.test(folded(last)))
    return { blocks: blocks.slice(start, end - 1), closing: last };
  return { blocks: blocks.slice(start, end) };
}

export function minutesFromMeeting(
  s: GeneratorServices,
  meetingId: string,
  issuerIds?: string[],
): Stored<OfficialDocument> {
  const m = s.meetings.get(meetingId);
  const base = draftBase(s, issuerIds ?? m.organizerIds);
  const party = base.rules.family === 'party';
  const attendees = m.attendees ?? [];
  const chairs = chairsOf(s, m);
  const secretary = attendees.find((a) => a.role === 'secretary');
  // Chair and secretary have their own fields; the participants are everyone else who came.
  const present = attendees
    .filter((a) => a.role === 'attendee' || a.role === 'guest')
    .map((a) => comrade(personOf(s, a)));
  const absent = attendees.filter((a) => a.role === 'absent').map((a) => comrade(personOf(s, a)));
  const participants = [...present, ...(m.attendeeGroups ?? [])]
    .map((p, i) => (i === 0 ? p : lowerFirst(p)))
    .join('; ');
  const typed = contentOf(m.minutes);
  const noun = closingNoun[m.kind];
  const closing = m.endsAt
    ? para(`${noun} kết thúc vào ${clockTime(m.endsAt)}, ${longDate(m.endsAt)}./.`)
    : (typed.closing ?? para(`${noun} kết thúc vào … giờ …, ngày … tháng … năm …/.`));
  const body: RichTextNode[] = [
    field(MINUTES_FIELDS.time, `${clockTime(m.startsAt)}, ${longDate(m.startsAt)}`),
    field(MINUTES_FIELDS.place, m.location ?? ''),
    field(MINUTES_FIELDS.participants, participants),
    ...(absent.length ? [field(MINUTES_FIELDS.absent, absent.join('; '))] : []),
    field(MINUTES_FIELDS.chair, chairs.map(comrade).join('; ')),
    field(MINUTES_FIELDS.secretary, secretary ? comrade(personOf(s, secretary)) : ''),
    para(text('Nội dung (theo diễn biến cuộc họp):', true)),
    ...typed.blocks,
    closing,
  ];
  // The secretary on the left; the chair of each issuing body on the right (a joint meeting's co-chairs).
  const chairFor = (orgId: string) =>
    attendees.find((a) => (a.role === 'chair' || a.role === 'co-chair') && a.organizationId === orgId)
      ?.personId;
  const [lead, ...others] = base.issuers;
  const chairBlocks: Signer[] = [...others, lead!].map((org, i, all) => {
    const personId = chairFor(org.id) ?? (all.length === 1 ? chairs[0]?.personId : undefined);
    return {
      organizationId: org.id,
      position: party ? 'CHỦ TRÌ HỘI NGHỊ' : 'CHỦ TỌA',
      ...(personId ? { personId } : {}),
    };
  });
  const signers: Signer[] = [
    {
      organizationId: base.lead.id,
      position: party ? 'NGƯỜI GHI BIÊN BẢN' : 'THƯ KÝ',
      ...(secretary ? { personId: secretary.personId } : {}),
    },
    ...chairBlocks,
  ];
  return saveDraft(s, base, {
    type: 'minutes',
    summary: boundedSummary(base.rules, '', m.title),
    body: { type: 'doc', content: body },
    signers,
    recipients: [archiveLine(base.rules).replace('VT.', 'VT, Hồ sơ.')],
    meetingId: m.id,
  });
}
