// Thông báo kết luận from a meeting (format spec §3.1): an opening built from the meeting, the
// conclusions in order with their tasks, and the closing formula. The secretary edits it afterwards.
import type { Stored } from '../../../shared/domain';
import type { Conclusion, OfficialDocument } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { actingBodyName } from '../../../shared/signers';
import { archiveLine, draftBase, saveDraft, type GeneratorServices } from './common';
import { attendanceText, chairsOf, comrade } from './meeting-facts';
import {
  blocksOf,
  heading,
  joinAnd,
  longDate,
  lowerFirst,
  orderedList,
  para,
  shortDate,
  text,
  upperFirst,
} from './rich';
import { issuerSigners } from './signers';
import { boundedSummary, titleForIssuer } from './summary';

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
  issuerIds?: string[],
): Stored<OfficialDocument> {
  const m = s.meetings.get(meetingId);
  const base = draftBase(s, issuerIds ?? m.organizerIds);
  const party = base.rules.family === 'party';
  const [chair] = chairsOf(s, m);
  // The chair's one title that fits the issuing body (not every title they hold that day).
  const chairTitle = chair ? titleForIssuer(chair.position, base.lead, base.issuers) : '';
  const day = upperFirst(longDate(m.startsAt));
  const attendance = attendanceText(s, m);
  const opening = chair
    ? `${day}, ${comrade(chair)} đã chủ trì ${lowerFirst(m.title)}.${attendance ? ` Tham dự có ${attendance}.` : ''}`
    : `${day}, ${joinAnd(base.issuers.map((o) => o.name))} tổ chức ${lowerFirst(m.title)}.${attendance ? ` Tham dự có ${attendance}.` : ''}`;
  // A Party draft names bodies that exist: "Ban Thường vụ Tỉnh ủy", "Ban cán sự đảng UBND tỉnh".
  const collective = joinAnd(base.issuers.map(actingBodyName));
  const concluder = party ? collective : chair ? `đồng chí ${chair.name}` : collective;
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
        : `${joinAnd(base.issuers.map((o) => o.name))} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`,
    ),
  );
  const subject = lowerFirst(m.title);
  const summary =
    !party && chair
      ? boundedSummary(
          base.rules,
          `Kết luận của đồng chí ${chair.name}${chairTitle ? `, ${chairTitle}` : ''} tại `,
          subject,
        )
      : boundedSummary(base.rules, 'Kết luận ', subject);
  return saveDraft(s, base, {
    type: 'conclusion-notice',
    summary,
    body: { type: 'doc', content: body },
    signers: issuerSigners(s, base, m),
    recipients: [archiveLine(base.rules)],
    meetingId: m.id,
  });
}
