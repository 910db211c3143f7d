// What the documents that follow a meeting (báo cáo, kế hoạch, công văn) cite and list: the conclusion
// they carry out (the issued thông báo kết luận when there is one) and the meeting's tasks in order.
import type { StoredConclusion, StoredMeeting } from '../../../shared/domain';
import type { Organization } from '../../../shared/exchange';
import { actingBodyName } from '../../../shared/signers';
import type { DraftBase, GeneratorServices } from './common';
import { chairsOf } from './meeting-facts';
import { joinAnd, lowerFirst, shortDate } from './rich';
import { titleForIssuer } from './summary';

/** The meeting's tasks and directions (not its assessments), in order. */
export const tasksOf = (m: StoredMeeting): StoredConclusion[] =>
  [...(m.conclusions ?? [])].filter((c) => c.kind !== 'assessment').sort((a, b) => a.order - b.order);

/** The names of the bodies assigned to a task in a role. */
export function assigneeNames(s: GeneratorServices, c: StoredConclusion, role: 'lead' | 'support'): string[] {
  return (c.assignees ?? [])
    .filter((a) => a.role === role)
    .map((a) => s.organizations.get(a.organizationId).name);
}

/** Every body that leads or supports a task, once, in order of appearance. */
export function assignedBodies(s: GeneratorServices, m: StoredMeeting): Organization[] {
  const ids = [...new Set(tasksOf(m).flatMap((c) => (c.assignees ?? []).map((a) => a.organizationId)))];
  return ids.map((id) => s.organizations.get(id));
}

/**
 * `kết luận của đồng chí Lê Đình Sơn, Chủ tịch UBND tỉnh tại hội nghị … ngày 29/12/2015 (Thông báo số
 * 05/TB-VPUB ngày 05/01/2016)`: who concluded, where and when, and the notice that carried it.
 */
export function conclusionReference(s: GeneratorServices, base: DraftBase, m: StoredMeeting): string {
  const [chair] = chairsOf(s, m);
  const organizers = m.organizerIds.map((id) => s.organizations.get(id));
  const party = organizers[0]?.family === 'party';
  const who =
    !party && chair
      ? `đồng chí ${chair.name}${chair.position ? `, ${titleForIssuer(chair.position, base.lead, organizers)}` : ''}`
      : joinAnd(organizers.map(actingBodyName));
  const notice = s.documents
    .list({ meetingId: m.id, type: 'conclusion-notice', status: 'issued', limit: 1 })
    .items.find((d) => d.number !== null);
  const cited = notice
    ? ` (Thông báo số ${notice.printedNumber ?? ''}${notice.issuedOn ? ` ngày ${shortDate(notice.issuedOn)}` : ''})`
    : '';
  return `kết luận của ${who} tại ${lowerFirst(m.title)} ngày ${shortDate(m.startsAt.slice(0, 10))}${cited}`;
}
