// Báo cáo, kế hoạch and công văn drafted from a meeting's conclusions (format spec §3.4): a báo cáo of
// how the conclusion is being carried out (to the body above, with the usual results table), a kế hoạch
// to carry it out (tasks with lead, support and deadline), a công văn asking the assigned bodies to act
// (V/v …, Kính gửi each of them).
import type { Stored, StoredConclusion } from '../../../shared/domain';
import type { OfficialDocument } from '../../../shared/exchange';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { actingBodyName } from '../../../shared/signers';
import { archiveLine, draftBase, issuerNamesOf, saveDraft, type GeneratorServices } from './common';
import { assignedBodies, assigneeNames, conclusionReference, tasksOf } from './follow-up';
import { heading, lowerFirst, orderedList, para, shortDate, tableOf } from './rich';
import { issuerSigners } from './signers';
import { boundedSummary } from './summary';

type Kind = 'report' | 'plan' | 'official-letter';

const statusText: Record<NonNullable<StoredConclusion['status']>, string> = {
  open: 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  cancelled: 'Không thực hiện',
};

const taskText = (c: StoredConclusion): string => richTextToPlain(c.text).replace(/\s+/g, ' ').trim();

/** `Kết quả thực hiện` of a task: its status, then its latest progress note. */
function resultOf(c: StoredConclusion): string {
  const latest = [...(c.progress ?? [])].sort((a, b) => a.date.localeCompare(b.date)).pop();
  const status = statusText[c.status ?? 'open'];
  return latest ? `${status}: ${latest.note.trim()}` : status;
}

export function followUpFromMeeting(
  s: GeneratorServices,
  meetingId: string,
  type: Kind,
  issuerIds?: string[],
): Stored<OfficialDocument> {
  const m = s.meetings.get(meetingId);
  const base = draftBase(s, issuerIds ?? m.organizerIds);
  const issuerNames = issuerNamesOf(base);
  const reference = conclusionReference(s, base, m);
  const tasks = tasksOf(m);
  const subject = lowerFirst(m.title);
  const due = (c: StoredConclusion) => (c.dueDate ? shortDate(c.dueDate) : '');
  let body: RichTextNode[];
  let summary: string;
  let addressees: string[] = [];
  let recipients = [archiveLine(base.rules)];
  if (type === 'report') {
    // To the body directly above the issuer, when the directory knows it.
    const parent = base.lead.parentId ? s.organizations.get(base.lead.parentId) : undefined;
    if (parent) addressees = [actingBodyName(parent)];
    summary = boundedSummary(base.rules, 'Tình hình thực hiện kết luận tại ', subject);
    body = [
      para(`Thực hiện ${reference}, ${issuerNames} báo cáo tình hình thực hiện như sau:`),
      heading('KẾT QUẢ THỰC HIỆN'),
      tableOf(
        ['STT', 'Nội dung kết luận, nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Ghi chú'],
        tasks.map((c, i) => [
          String(i + 1),
          taskText(c),
          assigneeNames(s, c, 'lead').join(', '),
          due(c),
          resultOf(c),
          '',
        ]),
      ),
      heading('TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
      para('…'),
      heading('NHIỆM VỤ THỜI GIAN TỚI'),
      ...(tasks.some((c) => c.status !== 'done' && c.status !== 'cancelled')
        ? [
            orderedList(
              tasks
                .filter((c) => c.status !== 'done' && c.status !== 'cancelled')
                .map((c) => [
                  // Worded as what remains to do, not a copy of the table's row.
                  para(
                    `Tiếp tục thực hiện: ${lowerFirst(taskText(c).replace(/[.;]$/, ''))}${c.dueDate ? ` (thời hạn: ${due(c)})` : ''}.`,
                  ),
                ]),
            ),
          ]
        : [para('…')]),
      para(`Trên đây là báo cáo tình hình thực hiện kết luận của ${issuerNames}./.`),
    ];
    if (parent) recipients = [`${actingBodyName(parent)} (để b/c)`, ...recipients];
  } else if (type === 'plan') {
    summary = boundedSummary(base.rules, 'Triển khai thực hiện kết luận tại ', subject);
    body = [
      para(`Thực hiện ${reference}, ${issuerNames} ban hành Kế hoạch triển khai thực hiện như sau:`),
      heading('MỤC ĐÍCH, YÊU CẦU'),
      para(
        'Triển khai kịp thời, đầy đủ các nội dung kết luận; phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành của từng nhiệm vụ.',
      ),
      heading('NHIỆM VỤ CỤ THỂ'),
      tableOf(
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
        tasks.map((c, i) => [
          String(i + 1),
          taskText(c),
          assigneeNames(s, c, 'lead').join(', '),
          assigneeNames(s, c, 'support').join(', '),
          due(c),
        ]),
      ),
      heading('TỔ CHỨC THỰC HIỆN'),
      para(
        `Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai, định kỳ báo cáo kết quả thực hiện về ${issuerNames} để tổng hợp, theo dõi./.`,
      ),
    ];
    const bodies = assignedBodies(s, m).map((o) => o.name);
    if (bodies.length) recipients = [...bodies, ...recipients];
  } else {
    // Kính gửi: the bodies given tasks, other than the issuers themselves.
    const bodies = assignedBodies(s, m).filter((o) => !base.issuers.some((i) => i.id === o.id));
    addressees = bodies.length ? bodies.map((o) => o.name) : ['Các cơ quan, đơn vị liên quan'];
    summary = boundedSummary(
      base.rules,
      base.rules.family === 'party'
        ? 'về việc triển khai thực hiện kết luận tại '
        : 'triển khai thực hiện kết luận tại ',
      subject,
      { letter: true },
    );
    body = [
      para(
        `Thực hiện ${reference}, ${issuerNames} đề nghị ${bodies.length === 1 ? 'quý cơ quan' : 'các cơ quan, đơn vị'} triển khai thực hiện các nội dung sau:`,
      ),
      ...(tasks.length
        ? [
            orderedList(
              tasks.map((c) => {
                const lead = assigneeNames(s, c, 'lead');
                const details = [
                  lead.length ? `chủ trì: ${lead.join(', ')}` : '',
                  c.dueDate ? `thời hạn: ${due(c)}` : '',
                ]
                  .filter(Boolean)
                  .join('; ');
                return [para(`${taskText(c).replace(/[.;]$/, '')}${details ? ` (${details})` : ''}.`)];
              }),
            ),
          ]
        : [para('…')]),
      para(`Kết quả thực hiện đề nghị gửi về ${issuerNames} để tổng hợp, báo cáo./.`),
    ];
    recipients = ['Như trên', ...recipients];
  }
  return saveDraft(s, base, {
    type,
    summary,
    body: { type: 'doc', content: body },
    signers: issuerSigners(s, base, m),
    recipients,
    addressees,
    meetingId: m.id,
  });
}
