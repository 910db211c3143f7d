// The task list's filters must stay fast with ten years of conclusions: each count and each page is
// answered from an index (the partial index on tasks' status and due date, or the unit, leader, meeting
// and date indexes), never by reading every conclusion.
import { afterAll, describe, expect, it } from 'vitest';
import { taskCountSql, taskFewOrderSql, taskPageSql, taskWhere } from '../../../main/db/repos/task-filter';
import type { TaskFilterQuery } from '../../../shared/tasks';
import { openTestDb } from '../../helpers/db';

const t = openTestDb();
afterAll(() => t.close());
const id = '00000000-0000-4000-8000-000000000001';

/** The plans of the count and of the two page queries the repository runs for `filter`. */
function plans(filter: TaskFilterQuery): string {
  const branches = taskWhere(filter as never, '2026-11-23', true);
  const params = branches.flatMap((b) => b.params);
  const queries: [string, unknown[]][] = [
    [taskCountSql(branches), params],
    [taskPageSql(branches, 'dated'), [...params, 50, 0]],
    [taskPageSql(branches, 'undated'), [...params, 50, 0]],
    // A unit's, a leader's or some meetings' tasks: all of them in the list's order (kept, then paged).
    ...(branches.length === 1 && branches[0]!.fewFirst
      ? [[taskFewOrderSql(branches[0]!), params] as [string, unknown[]]]
      : []),
  ];
  return queries
    .map(([sql, bind]) =>
      (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...bind) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | '),
    )
    .join(' || ');
}

/** A plan that reads conclusions without an index: `SCAN c` not followed by `USING … INDEX`. */
const scansConclusions = (plan: string) => /SCAN c(?! USING (COVERING )?INDEX)/.test(plan);

describe('query plans of the task filters', () => {
  it.each([
    ['open', { filter: 'open' }],
    ['overdue', { filter: 'overdue' }],
    ['due within 7 days', { filter: 'due-soon' }],
    ['on track', { filter: 'on-track' }],
    ['done', { filter: 'done' }],
    [
      'exact statuses and a due range',
      { filter: 'all', statuses: ['open', 'done'], dueFrom: '2026-01-01', dueTo: '2026-03-31' },
    ],
  ] as [string, TaskFilterQuery][])('%s: searches the partial index on status and due date', (_, filter) => {
    const plan = plans(filter);
    expect(plan).toMatch(/SEARCH c USING COVERING INDEX conclusions_open_tasks \(status=\?/);
    expect(scansConclusions(plan)).toBe(false);
    expect(plan).not.toMatch(/SCAN c USING (COVERING )?INDEX conclusions_open_tasks/);
    // Each page is read in the list's order from the index: no sorting of every match.
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('all tasks: a page merges one range of the partial index per status, never sorts nor reads the table', () => {
    const plan = plans({ filter: 'all' });
    expect(plan).toMatch(/MERGE \(UNION ALL\)/);
    expect(plan).toMatch(/SEARCH c USING COVERING INDEX conclusions_open_tasks \(status=\?/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(scansConclusions(plan)).toBe(false);
  });

  it.each([
    [
      'lead unit',
      { leadId: id },
      /SEARCH conclusion_assignees USING (?:COVERING )?INDEX conclusion_assignees_org/,
    ],
    [
      'support unit',
      { supportId: id },
      /SEARCH conclusion_assignees USING (?:COVERING )?INDEX conclusion_assignees_org/,
    ],
    [
      'any unit',
      { organizationId: id },
      /SEARCH conclusion_assignees USING (?:COVERING )?INDEX conclusion_assignees_org/,
    ],
    [
      'chairing leader',
      { chairId: id },
      /SEARCH meeting_attendees USING (?:COVERING )?INDEX meeting_attendees_person/,
    ],
    [
      'body that held the meeting',
      { organizerId: id },
      /SEARCH meeting_organizers USING COVERING INDEX meeting_organizers_org/,
    ],
    [
      'meeting',
      { meetingId: id },
      /SEARCH c USING COVERING INDEX conclusions_meeting_task \(meeting_id=\? AND kind=\?\)/,
    ],
    [
      'meeting dates',
      { filter: 'all', meetingFrom: '2025-01-01', meetingTo: '2025-12-31' },
      /SEARCH meetings USING (?:COVERING )?INDEX meetings_starts/,
    ],
  ] as [string, TaskFilterQuery, RegExp][])('%s: starts from its own index', (_, filter, expected) => {
    for (const status of ['open', 'overdue', 'all'] as const) {
      const plan = plans({ filter: status, ...filter });
      expect(plan).toMatch(expected);
      expect(scansConclusions(plan)).toBe(false);
      // The whole order: its rows come from the filter's index, no conclusion row is read (only
      // covering indexes), and no window over the matches.
      const order = plan.split(' || ')[3] ?? '';
      expect(order).toMatch(expected);
      expect(scansConclusions(order)).toBe(false);
      expect(order).not.toMatch(/SEARCH c USING INDEX|SEARCH c USING INTEGER PRIMARY KEY|CO-ROUTINE/);
    }
  });
});
