// Kết luận & nhiệm vụ through the IPC dispatch: every filter of the list, bulk status, reassigning units,
// and the charts' counts, against a small office whose deadlines sit on every side of today.
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Page } from '../../../shared/domain';
import type { TaskStatsRow, TaskSummary } from '../../../shared/tasks';
import { steppingClock, type TestDb } from '../../helpers/db';
import { ids, NOW, openFollowUpDb } from './follow-up-fixture';

const open: TestDb[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

function office() {
  const t = openFollowUpDb(steppingClock(Date.parse(NOW)));
  open.push(t);
  const handlers = createHandlers(t.services, { version: '0-test', databasePath: t.file });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  const list = async (input: Record<string, unknown>) => {
    const page = await call<Page<TaskSummary>>('tasks.list', input);
    return page.items.map((task) => task.conclusionId);
  };
  return { t, handlers, call, list };
}

describe('task list filters (tasks.list)', () => {
  it('splits tasks by their deadline: overdue, due within 7 days (today and weekends included), on track, done', async () => {
    const { list } = office();
    expect(await list({ filter: 'overdue' })).toEqual([ids.overdue, ids.dueSunday]);
    expect(await list({ filter: 'due-soon' })).toEqual([ids.noStatusToday, ids.dueNextSunday, ids.dueIn7]);
    expect(await list({ filter: 'on-track' })).toEqual([
      ids.noStatusToday,
      ids.dueNextSunday,
      ids.dueIn7,
      ids.dueIn8,
      ids.noDue,
    ]);
    expect(new Set(await list({ filter: 'done' }))).toEqual(new Set([ids.done, ids.cancelled]));
    // Open: earliest due date first, a task without one last; the direction is never a task.
    expect(await list({ filter: 'open' })).toEqual([
      ids.overdue,
      ids.dueSunday,
      ids.noStatusToday,
      ids.dueNextSunday,
      ids.dueIn7,
      ids.dueIn8,
      ids.noDue,
    ]);
    expect(await list({ filter: 'all' })).toHaveLength(9);
  });

  it('marks each row overdue or due soon', async () => {
    const { call } = office();
    const page = await call<Page<TaskSummary>>('tasks.list', { filter: 'all', limit: 500 });
    const flags = Object.fromEntries(page.items.map((x) => [x.conclusionId, [x.overdue, x.dueSoon]]));
    expect(flags[ids.overdue]).toEqual([true, false]);
    expect(flags[ids.dueIn7]).toEqual([false, true]);
    expect(flags[ids.dueIn8]).toEqual([false, false]);
    expect(flags[ids.done]).toEqual([false, false]);
    expect(flags[ids.cancelled]).toEqual([false, false]);
    expect(page.items.find((x) => x.conclusionId === ids.noStatusToday)?.status).toBe('open');
  });

  it('filters by lead unit, support unit, any unit, chairing leader, meeting and the body that held it', async () => {
    const { list } = office();
    const all = { filter: 'all' };
    expect(new Set(await list({ ...all, leadId: ids.unitA }))).toEqual(
      new Set([ids.overdue, ids.dueIn8, ids.noStatusToday]),
    );
    expect(new Set(await list({ ...all, supportId: ids.unitA }))).toEqual(new Set([ids.done]));
    expect(new Set(await list({ ...all, organizationId: ids.unitA }))).toEqual(
      new Set([ids.overdue, ids.dueIn8, ids.noStatusToday, ids.done]),
    );
    expect(await list({ filter: 'open', leadId: ids.unitA })).toEqual([
      ids.overdue,
      ids.noStatusToday,
      ids.dueIn8,
    ]);
    expect(await list({ filter: 'overdue', chairId: ids.chair1 })).toEqual([ids.overdue, ids.dueSunday]);
    expect(await list({ ...all, chairId: ids.chair2 })).toHaveLength(5);
    expect(await list({ ...all, meetingId: ids.meeting1 })).toHaveLength(4);
    expect(await list({ ...all, organizerId: ids.unitB })).toHaveLength(5);
  });

  it('filters by a due range, by exact statuses and by the meetings’ dates', async () => {
    const { list } = office();
    expect(await list({ filter: 'all', dueFrom: '2026-11-22', dueTo: '2026-11-30' })).toEqual([
      ids.dueSunday,
      ids.noStatusToday,
      ids.dueNextSunday,
      ids.dueIn7,
    ]);
    expect(new Set(await list({ filter: 'all', statuses: ['open'] }))).toEqual(
      new Set([ids.overdue, ids.dueIn8, ids.dueSunday, ids.noStatusToday, ids.noDue, ids.dueNextSunday]),
    );
    expect(await list({ filter: 'done', statuses: ['done', 'open'] })).toEqual([ids.done]);
    expect(await list({ filter: 'all', meetingFrom: '2026-11-10', meetingTo: '2026-11-10' })).toHaveLength(5);
    expect(await list({ filter: 'all', meetingTo: '2026-11-09' })).toHaveLength(4);
  });

  it('pages through the results in one order, the total counting them all', async () => {
    const { call } = office();
    const first = await call<Page<TaskSummary>>('tasks.list', { filter: 'open', limit: 3 });
    const second = await call<Page<TaskSummary>>('tasks.list', { filter: 'open', limit: 3, offset: 3 });
    const whole = await call<Page<TaskSummary>>('tasks.list', { filter: 'open', limit: 100 });
    expect(first.total).toBe(7);
    expect([...first.items, ...second.items].map((x) => x.conclusionId)).toEqual(
      whole.items.slice(0, 6).map((x) => x.conclusionId),
    );
  });

  it('gives every page of every kind of filter in the one order, across the tasks without a due date', async () => {
    const { call } = office();
    const filters = [
      { filter: 'all' },
      { filter: 'on-track' },
      { filter: 'all', meetingFrom: '2026-11-01' },
      { filter: 'open', leadId: ids.unitA },
    ];
    for (const filter of filters) {
      const whole = await call<Page<TaskSummary>>('tasks.list', { ...filter, limit: 100 });
      const order = whole.items.map((x) => x.conclusionId);
      // Due dates ascending, the tasks without one last.
      const dues = whole.items.map((x) => x.dueDate ?? '9999');
      expect(dues).toEqual([...dues].sort());
      for (const limit of [1, 2, 4])
        for (let offset = 0; offset <= order.length; offset++) {
          const page = await call<Page<TaskSummary>>('tasks.list', { ...filter, limit, offset });
          expect(page.total).toBe(order.length);
          expect(page.items.map((x) => x.conclusionId)).toEqual(order.slice(offset, offset + limit));
        }
    }
  });

  it('refuses an impossible date with E_VALIDATION naming the field', async () => {
    const { handlers } = office();
    await expect(dispatch(handlers, 'tasks.list', { dueFrom: '2026-02-30' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_VALIDATION', path: 'dueFrom' },
    });
  });
});

describe('changing many tasks at once', () => {
  it('sets the selected rows to one status, stamping each task and its meeting', async () => {
    const { t, call } = office();
    const before = t.services.meetings.get(ids.meeting1).updatedAt;
    const result = await call<{ updated: number }>('tasks.bulkStatus', {
      conclusionIds: [ids.overdue, ids.dueIn7, ids.dueSunday],
      status: 'done',
    });
    expect(result).toEqual({ updated: 3 });
    const rows = t.db
      .prepare(`SELECT id, status, updated_at FROM conclusions WHERE meeting_id = ? AND kind = 'task'`)
      .all(ids.meeting1) as { id: string; status: string; updated_at: string }[];
    expect(
      rows
        .filter((r) => r.status === 'done')
        .map((r) => r.id)
        .sort(),
    ).toEqual([ids.overdue, ids.dueIn7, ids.dueSunday].sort());
    expect(t.services.meetings.get(ids.meeting1).updatedAt > before).toBe(true);
    // Already done: nothing to write.
    await expect(call('tasks.bulkStatus', { conclusionIds: [ids.overdue], status: 'done' })).resolves.toEqual(
      {
        updated: 0,
      },
    );
  });

  it('changes nothing when one selected id is not a task or does not exist', async () => {
    const { t, handlers } = office();
    const statuses = () => t.db.prepare('SELECT id, status FROM conclusions ORDER BY id').all();
    const before = statuses();
    await expect(
      dispatch(handlers, 'tasks.bulkStatus', { conclusionIds: [ids.overdue, ids.direction], status: 'done' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'conclusionIds[1]' } });
    await expect(
      dispatch(handlers, 'tasks.bulkStatus', {
        conclusionIds: [ids.overdue, '00000000-0000-4000-8000-999999999999'],
        status: 'done',
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(statuses()).toEqual(before);
  });

  it('gives tasks to other units: lead and support replace the old ones', async () => {
    const { t, call, handlers } = office();
    await expect(
      call('tasks.reassign', {
        conclusionIds: [ids.overdue, ids.dueIn8],
        leadIds: [ids.unitC],
        supportIds: [ids.unitB],
      }),
    ).resolves.toEqual({ updated: 2 });
    const units = t.db
      .prepare('SELECT organization_id, role FROM conclusion_assignees WHERE conclusion_id = ? ORDER BY seq')
      .all(ids.overdue);
    expect(units).toEqual([
      { organization_id: ids.unitC, role: 'lead' },
      { organization_id: ids.unitB, role: 'support' },
    ]);
    expect((await call<Page<TaskSummary>>('tasks.list', { filter: 'all', leadId: ids.unitC })).total).toBe(5);
    await expect(
      dispatch(handlers, 'tasks.reassign', {
        conclusionIds: [ids.noDue],
        leadIds: [ids.unitA],
        supportIds: [ids.unitA],
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'supportIds' } });
    await expect(
      dispatch(handlers, 'tasks.reassign', {
        conclusionIds: [ids.noDue],
        leadIds: ['00000000-0000-4000-8000-888888888888'],
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'leadIds[0]' } });
    await expect(
      dispatch(handlers, 'tasks.reassign', { conclusionIds: [ids.noDue], leadIds: [] }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'leadIds' } });
  });
});

describe('chart counts (tasks.stats)', () => {
  it('counts done, on track and overdue tasks per lead unit, cancelled ones in none', async () => {
    const { call } = office();
    const rows = await call<TaskStatsRow[]>('tasks.stats', { by: 'unit' });
    const byUnit = Object.fromEntries(rows.map((r) => [r.label, [r.done, r.onTrack, r.overdue]]));
    expect(byUnit).toEqual({
      'Sở Nội vụ': [0, 2, 1],
      'Sở Tài chính': [0, 3, 0],
      'Sở Xây dựng': [1, 0, 1],
    });
    expect(rows.find((r) => r.label === 'Sở Nội vụ')?.key).toBe(ids.unitA);
  });

  it('counts a task without a lead unit under "Chưa giao", and one with two lead units under both', async () => {
    const { t, call } = office();
    const counted = async (input: Record<string, unknown>) =>
      Object.fromEntries(
        (await call<TaskStatsRow[]>('tasks.stats', { by: 'unit', ...input })).map((r) => [
          r.label,
          [r.done, r.onTrack, r.overdue],
        ]),
      );
    // Asked before the save too: an answer is kept only while nothing is written.
    expect(await counted({})).toEqual({
      'Sở Nội vụ': [0, 2, 1],
      'Sở Tài chính': [0, 3, 0],
      'Sở Xây dựng': [1, 0, 1],
    });
    const meeting = t.services.meetings.get(ids.meeting2);
    const text = (s: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }],
    });
    await call('meetings.save', {
      ...meeting,
      conclusions: [
        ...(meeting.conclusions ?? []),
        {
          id: '00000000-0000-4000-8000-000000000201',
          order: 6,
          kind: 'task',
          text: text('Không ai chủ trì'),
          status: 'open',
          dueDate: '2026-11-02',
        },
        {
          id: '00000000-0000-4000-8000-000000000202',
          order: 7,
          kind: 'task',
          text: text('Hai đơn vị chủ trì'),
          status: 'done',
          assignees: [
            { organizationId: ids.unitA, role: 'lead' },
            { organizationId: ids.unitB, role: 'lead' },
          ],
        },
      ],
    });
    expect(await counted({})).toEqual({
      'Sở Nội vụ': [1, 2, 1],
      'Sở Tài chính': [1, 3, 0],
      'Sở Xây dựng': [1, 0, 1],
      'Chưa giao đơn vị chủ trì': [0, 0, 1],
    });
    // Over the list's filter: the tasks of one meeting.
    expect(await counted({ meetingId: ids.meeting1 })).toEqual({
      'Sở Nội vụ': [0, 1, 1],
      'Sở Tài chính': [0, 1, 0],
      'Sở Xây dựng': [0, 0, 1],
    });
  });

  it('counts per month of the meeting, over the last twelve months by default', async () => {
    const { call } = office();
    const rows = await call<TaskStatsRow[]>('tasks.stats', { by: 'month' });
    expect(rows).toEqual([
      { key: '2026-10', label: '10/2026', done: 0, onTrack: 2, overdue: 2 },
      { key: '2026-11', label: '11/2026', done: 1, onTrack: 3, overdue: 0 },
    ]);
    const narrowed = await call<TaskStatsRow[]>('tasks.stats', { by: 'month', leadId: ids.unitA });
    expect(narrowed.map((r) => [r.key, r.onTrack + r.overdue + r.done])).toEqual([
      ['2026-10', 2],
      ['2026-11', 1],
    ]);
  });
});

describe('totals and orders kept between calls (until a write)', () => {
  const total = async (call: ReturnType<typeof office>['call'], input: Record<string, unknown>) =>
    (await call<Page<TaskSummary>>('tasks.list', input)).total;

  it('a unit’s list and a status filter show a write made through the app at once', async () => {
    const { call, list } = office();
    expect(await total(call, { filter: 'all', leadId: ids.unitC })).toBe(3);
    expect(await total(call, { filter: 'overdue' })).toBe(2);
    // Asked again on unchanged data: the same answer (the kept one).
    expect(await total(call, { filter: 'all', leadId: ids.unitC })).toBe(3);
    await call('tasks.reassign', { conclusionIds: [ids.overdue, ids.dueIn8], leadIds: [ids.unitC] });
    expect(await total(call, { filter: 'all', leadId: ids.unitC })).toBe(5);
    expect(new Set(await list({ filter: 'all', leadId: ids.unitC }))).toContain(ids.overdue);
    await call('tasks.bulkStatus', { conclusionIds: [ids.overdue], status: 'done' });
    expect(await total(call, { filter: 'overdue' })).toBe(1);
    expect(await list({ filter: 'open', leadId: ids.unitC })).not.toContain(ids.overdue);
  });

  it('shows a write made by another connection to the same file', async () => {
    const { t, call } = office();
    expect(await total(call, { filter: 'overdue' })).toBe(2);
    expect(await total(call, { filter: 'all', leadId: ids.unitA })).toBe(3);
    const other = openDatabase(t.file);
    try {
      other.prepare("UPDATE conclusions SET status = 'done' WHERE id = ?").run(ids.overdue);
      other.prepare('DELETE FROM conclusion_assignees WHERE conclusion_id = ?').run(ids.dueIn8);
    } finally {
      closeDatabase(other);
    }
    expect(await total(call, { filter: 'overdue' })).toBe(1);
    expect(await total(call, { filter: 'all', leadId: ids.unitA })).toBe(2);
  });
});
