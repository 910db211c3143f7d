// A small office whose tasks sit on every side of today's deadlines (today: Monday 23/11/2026), for the
// follow-up tests: the list's filters, bulk changes, the charts and the reminders.
import { openTestDb, type TestDb } from '../../helpers/db';

export const TODAY = '2026-11-23';
export const NOW = `${TODAY}T09:00:00+07:00`;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const ids = {
  unitA: id(1),
  unitB: id(2),
  unitC: id(3),
  chair1: id(11),
  chair2: id(12),
  meeting1: id(21),
  meeting2: id(22),
  direction: id(100),
  /** Open, due 01/11: overdue. */
  overdue: id(101),
  /** In progress, due 30/11 (today + 7): due soon. */
  dueIn7: id(102),
  /** Open, due 01/12 (today + 8): on track, not yet due soon. */
  dueIn8: id(103),
  /** Done, due 20/11: never reminded. */
  done: id(104),
  /** No status (counts as open), due today: due soon. */
  noStatusToday: id(105),
  /** Open, no due date: on track. */
  noDue: id(106),
  /** Cancelled, due 01/11: never reminded. */
  cancelled: id(107),
  /** Open, due Sunday 22/11 (yesterday): overdue, weekend or not. */
  dueSunday: id(108),
  /** Open, due Sunday 29/11: due soon, weekend or not. */
  dueNextSunday: id(109),
} as const;

const text = (t: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});

interface TaskSpec {
  id: string;
  lead: string;
  support?: string;
  due: string | null;
  status?: string;
}

const task = (order: number, s: TaskSpec) => ({
  id: s.id,
  order,
  kind: 'task',
  text: text(`Nhiệm vụ ${order}: ${s.id.slice(-3)}`),
  assignees: [
    { organizationId: s.lead, role: 'lead' },
    ...(s.support ? [{ organizationId: s.support, role: 'support' }] : []),
  ],
  dueDate: s.due,
  ...(s.status ? { status: s.status } : {}),
});

export function followUpExchange() {
  return {
    format: 'so-hop-exchange',
    version: 1,
    organizations: [
      { id: ids.unitA, name: 'Sở Nội vụ', family: 'state', symbol: 'SNV' },
      { id: ids.unitB, name: 'Sở Tài chính', family: 'state', symbol: 'STC' },
      { id: ids.unitC, name: 'Sở Xây dựng', family: 'state', symbol: 'SXD' },
    ],
    people: [
      { id: ids.chair1, fullName: 'Nguyễn Đức Trung' },
      { id: ids.chair2, fullName: 'Lê Hồng Vinh' },
    ],
    meetings: [
      {
        id: ids.meeting1,
        title: 'Họp giao ban tháng 10',
        kind: 'cuoc-hop',
        startsAt: '2026-10-05T08:00:00+07:00',
        organizerIds: [ids.unitA],
        attendees: [{ personId: ids.chair1, role: 'chair' }],
        conclusions: [
          { id: ids.direction, order: 1, kind: 'direction', text: text('Chỉ đạo chung') },
          task(2, {
            id: ids.overdue,
            lead: ids.unitA,
            support: ids.unitB,
            due: '2026-11-01',
            status: 'open',
          }),
          task(3, { id: ids.dueIn7, lead: ids.unitB, due: '2026-11-30', status: 'in-progress' }),
          task(4, { id: ids.dueIn8, lead: ids.unitA, due: '2026-12-01', status: 'open' }),
          task(5, { id: ids.dueSunday, lead: ids.unitC, due: '2026-11-22', status: 'open' }),
        ],
      },
      {
        id: ids.meeting2,
        title: 'Họp bàn giải ngân vốn đầu tư công',
        kind: 'cuoc-hop',
        startsAt: '2026-11-10T14:00:00+07:00',
        organizerIds: [ids.unitB],
        attendees: [{ personId: ids.chair2, role: 'chair' }],
        conclusions: [
          task(1, { id: ids.done, lead: ids.unitC, support: ids.unitA, due: '2026-11-20', status: 'done' }),
          task(2, { id: ids.noStatusToday, lead: ids.unitA, due: TODAY }),
          task(3, { id: ids.noDue, lead: ids.unitB, due: null, status: 'open' }),
          task(4, { id: ids.cancelled, lead: ids.unitC, due: '2026-11-01', status: 'cancelled' }),
          task(5, { id: ids.dueNextSunday, lead: ids.unitB, due: '2026-11-29', status: 'open' }),
        ],
      },
    ],
  };
}

export function openFollowUpDb(now: () => string = () => NOW): TestDb {
  const t = openTestDb(undefined, now);
  t.services.exchange.import(followUpExchange());
  return t;
}
