// Thông báo kết luận from a meeting (format spec §3.1): an opening built from the meeting, the
// conclusions in order with their tasks, and the closing formula. The secretary edits it afterwards.
import type { Stored } from '../../../shared/domain';
import type { Conclusion, OfficialDocument } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { signerFromPreset, signerPresetsFor } from '../../../shared/signers';
import { archiveLine, collectiveSigner, draftBase, saveDraft, type GeneratorServices } from './common';
import { attendanceText, chairsOf, comrade } from './meeting-facts';
import {
  blocksOf,
  heading,
  longDate,
  lowerFirst,
  orderedList,
  para,
  shortDate,
  text,
  upperFirst,
} from './rich';

/** The conclusion's blocks, its last paragraph ending with who leads, who supports and the deadline. */
function withTaskDetails(s: GeneratorServices, c: Conclusion): RichTextNode[] {
  const names = (role: 'lead' | 'support') =>
    (c.assignees ?? []).filter((a) => a.role === role).map((a) => s.organizations.get(a.organizationId).name);
  const parts = [
    names('lead').length ? `chủ trì: ${names('lead').join(', ')}` : '',
    names('support').length ? `phối hợp: ${names('support').join(', ')}` : '',
    c.dueDate ? `thời hạn hoàn thành: ${shortDate(c.dueDate)}` : '',
  ].filter(Boolean);
  const blocks = blocksOf(c.text);
  const last = blocks[blocks.length - 1];
  if (parts.length === 0) return blocks;
  const details = `(${upperFirst(parts.join('; '))}).`;
  if (last?.type !== 'paragraph') return [...blocks, para(details)];
  const content = [...(last.content ?? [])];
  const tail = content[content.length - 1];
  if (tail?.type === 'text' && tail.text)
    content[content.length - 1] = { ...tail, text: tail.text.replace(/[.;]\s*$/, '') };
  return [...blocks.slice(0, -1), { ...last, content: [...content, text(` ${details}`)] }];
}

export function conclusionNoticeFromMeeting(
  s: GeneratorServices,
  meetingId: string,
): Stored<OfficialDocument> {
  const m = s.meetings.get(meetingId);
  const base = draftBase(s, m.organizerIds);
  const party = base.rules.family === 'party';
  const [chair] = chairsOf(s, m);
  const day = longDate(m.startsAt);
  const attendance = attendanceText(s, m);
  const opening = chair
    ? `${day.charAt(0).toUpperCase()}${day.slice(1)}, ${comrade(chair)} đã chủ trì ${lowerFirst(m.title)}.${attendance ? ` Tham dự có ${attendance}.` : ''}`
    : `${day.charAt(0).toUpperCase()}${day.slice(1)}, ${base.lead.name} tổ chức ${lowerFirst(m.title)}.${attendance ? ` Tham dự có ${attendance}.` : ''}`;
  const concluder = party
    ? `Ban Thường vụ ${base.lead.name.replace(/^Ban Thường vụ\s+/i, '')}`
    : chair
      ? `đồng chí ${chair.name}`
      : base.lead.name;
  const conclusions = [...(m.conclusions ?? [])].sort((a, b) => a.order - b.order);
  const assessments = conclusions.filter((c) => c.kind === 'assessment');
  const tasks = conclusions.filter((c) => c.kind !== 'assessment');
  const body: RichTextNode[] = [
    para(opening),
    para(`Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, ${concluder} kết luận như sau:`),
  ];
  if (assessments.length)
    body.push(heading('ĐÁNH GIÁ CHUNG'), ...assessments.flatMap((c) => blocksOf(c.text)));
  if (tasks.length)
    body.push(heading('NHIỆM VỤ THỜI GIAN TỚI'), orderedList(tasks.map((c) => withTaskDetails(s, c))));
  body.push(
    para(
      party
        ? `Thông báo kết luận của ${concluder} để các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.`
        : `${base.lead.name} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`,
    ),
  );
  const summary = party
    ? `Kết luận ${lowerFirst(m.title)}`
    : chair
      ? `Kết luận của đồng chí ${chair.name}${chair.position ? `, ${chair.position}` : ''} tại ${lowerFirst(m.title)}`
      : `Kết luận ${lowerFirst(m.title)}`;
  // The usual chain of the issuing body's kind: a Văn phòng signs TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG, a Ban
  // Chỉ đạo TM. BAN CHỈ ĐẠO / TRƯỞNG BAN (never the Văn phòng's chain).
  const [preset] = signerPresetsFor(base.lead);
  const signer = party
    ? collectiveSigner(base.lead)
    : preset
      ? signerFromPreset(preset, base.lead.id)
      : {
          organizationId: base.lead.id,
          authority: 'TL' as const,
          authorityBody: 'CHỦ TỊCH',
          position: 'CHÁNH VĂN PHÒNG',
        };
  const profile = s.settings.get();
  return saveDraft(s, base, {
    type: 'conclusion-notice',
    summary,
    body: { type: 'doc', content: body },
    signers: profile.defaultSigners.length ? profile.defaultSigners : [signer],
    recipients: [archiveLine(base.rules)],
    meetingId: m.id,
  });
}
