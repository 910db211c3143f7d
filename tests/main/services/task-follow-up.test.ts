// Following a task up from Kết luận & nhiệm vụ: status, due date and progress notes written in one
// transaction, stamping the conclusion and its meeting so a merge carries the change.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import type { AppError } from '../../../shared/errors';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

const errorOf = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
};

const rowsOf = (t: TestDb, id: string) => ({
  conclusion: t.db
    .prepare('SELECT status, due_date, updated_at, meeting_id FROM conclusions WHERE id = ?')
    .get(id) as { status: string; due_date: string | null; updated_at: string; meeting_id: string },
  progress: t.db
    .prepare('SELECT seq, date, note FROM conclusion_progress WHERE conclusion_id = ? ORDER BY seq')
    .all(id) as { seq: number; date: string; note: string }[],
});
const meetingStamp = (t: TestDb, id: string) =>
  (t.db.prepare('SELECT updated_at FROM meetings WHERE id = ?').get(id) as { updated_at: string }).updated_at;

/** An open demo task that already has progress notes, so an append has something to follow. */
function taskWithNotes(t: TestDb) {
  const open = t.services.tasks.list({ filter: 'all' }).items;
  const withNotes = open.find((task) => t.services.tasks.get(task.conclusionId).progress.length > 0);
  if (!withNotes) throw new Error('the demo data has no task with progress notes');
  return t.services.tasks.get(withNotes.conclusionId);
}

describe('task follow-up', () => {
  it('changes status and due date and appends a dated note, stamping the conclusion and the meeting', () => {
    const t = withDemo();
    const task = taskWithNotes(t);
    const before = rowsOf(t, task.conclusionId);
    const meetingBefore = meetingStamp(t, task.meetingId);
    const otherMeeting = t.services.meetings.list().items.find((m) => m.id !== task.meetingId)!;
    const otherBefore = meetingStamp(t, otherMeeting.id);

    const updated = t.services.tasks.update({
      conclusionId: task.conclusionId,
      expectedUpdatedAt: task.updatedAt,
      status: 'done',
      dueDate: '2026-12-31',
      note: { date: '2026-11-20', note: '  Sở Tài chính đã trình UBND tỉnh phương án kinh phí.  ' },
    });

    const after = rowsOf(t, task.conclusionId);
    expect(after.conclusion.status).toBe('done');
    expect(after.conclusion.due_date).toBe('2026-12-31');
    expect(after.progress).toEqual([
      ...before.progress,
      {
        seq: before.progress.length,
        date: '2026-11-20',
        note: 'Sở Tài chính đã trình UBND tỉnh phương án kinh phí.',
      },
    ]);
    expect(after.conclusion.updated_at > before.conclusion.updated_at).toBe(true);
    expect(meetingStamp(t, task.meetingId)).toBe(after.conclusion.updated_at);
    expect(meetingStamp(t, task.meetingId) > meetingBefore).toBe(true);
    expect(meetingStamp(t, otherMeeting.id)).toBe(otherBefore);
    expect(updated).toMatchObject({ status: 'done', dueDate: '2026-12-31', overdue: false });
    expect(updated.updatedAt).toBe(after.conclusion.updated_at);
    expect(updated.progress.at(-1)?.note).toBe('Sở Tài chính đã trình UBND tỉnh phương án kinh phí.');
    // The meeting as the meeting screen and the exchange export see it holds the same.
    const conclusion = t.services.meetings
      .get(task.meetingId)
      .conclusions?.find((c) => c.id === task.conclusionId);
    expect(conclusion).toMatchObject({ status: 'done', dueDate: '2026-12-31', updatedAt: updated.updatedAt });
    expect(conclusion?.progress).toHaveLength(before.progress.length + 1);
    // The list shows the latest note.
    const listed = t.services.tasks
      .list({ filter: 'all' })
      .items.find((x) => x.conclusionId === task.conclusionId);
    expect(listed?.lastProgress).toEqual({
      date: '2026-11-20',
      note: 'Sở Tài chính đã trình UBND tỉnh phương án kinh phí.',
    });
  });

  it('clears the due date and leaves the notes alone when only the date changes', () => {
    const t = withDemo();
    const task = taskWithNotes(t);
    const before = rowsOf(t, task.conclusionId);
    t.services.tasks.update({ conclusionId: task.conclusionId, dueDate: null });
    const after = rowsOf(t, task.conclusionId);
    expect(after.conclusion.due_date).toBeNull();
    expect(after.conclusion.status).toBe(before.conclusion.status);
    expect(after.progress).toEqual(before.progress);
  });

  it('writes nothing when nothing differs', () => {
    const t = withDemo();
    const task = taskWithNotes(t);
    const before = rowsOf(t, task.conclusionId);
    const meetingBefore = meetingStamp(t, task.meetingId);
    t.services.tasks.update({ conclusionId: task.conclusionId, status: task.status, dueDate: task.dueDate });
    expect(rowsOf(t, task.conclusionId)).toEqual(before);
    expect(meetingStamp(t, task.meetingId)).toBe(meetingBefore);
  });

  it('refuses an update from an older copy, a conclusion that is not a task, and an unknown id', () => {
    const t = withDemo();
    const task = taskWithNotes(t);
    t.services.tasks.update({
      conclusionId: task.conclusionId,
      status: 'in-progress',
      dueDate: '2027-01-15',
    });
    const before = rowsOf(t, task.conclusionId);

    const stale = errorOf(() =>
      t.services.tasks.update({
        conclusionId: task.conclusionId,
        expectedUpdatedAt: task.updatedAt,
        status: 'cancelled',
        note: { date: '2026-11-23', note: 'Không được ghi' },
      }),
    );
    expect(stale.code).toBe('E_CONFLICT');
    expect(stale.message).toMatch(/vừa được sửa ở nơi khác/);
    expect(rowsOf(t, task.conclusionId)).toEqual(before);

    const direction = t.services.meetings.get(task.meetingId).conclusions?.find((c) => c.kind !== 'task') as
      { id: string } | undefined;
    if (direction) {
      const notTask = errorOf(() => t.services.tasks.update({ conclusionId: direction.id, status: 'done' }));
      expect(notTask.code).toBe('E_VALIDATION');
    }
    const missing = errorOf(() =>
      t.services.tasks.update({ conclusionId: '00000000-0000-4000-8000-000000000009', status: 'done' }),
    );
    expect(missing.code).toBe('E_NOT_FOUND');
  });

  it('answers through the IPC contract, refusing an empty note and an update without a change', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const task = taskWithNotes(t);
    const before = rowsOf(t, task.conclusionId);

    const blank = await dispatch(handlers, 'tasks.update', {
      conclusionId: task.conclusionId,
      note: { date: '2026-11-23', note: '   ' },
    });
    expect(blank).toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'note.note' } });
    const nothing = await dispatch(handlers, 'tasks.update', { conclusionId: task.conclusionId });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    const badDate = await dispatch(handlers, 'tasks.update', {
      conclusionId: task.conclusionId,
      dueDate: '2026-02-30',
    });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'dueDate' } });
    expect(rowsOf(t, task.conclusionId)).toEqual(before);

    const done = await dispatch(handlers, 'tasks.update', {
      conclusionId: task.conclusionId,
      status: 'in-progress',
      note: { date: '2026-11-23', note: 'Đang hoàn thiện dự thảo' },
    });
    expect(done.ok).toBe(true);
    expect(rowsOf(t, task.conclusionId).progress.at(-1)).toMatchObject({ note: 'Đang hoàn thiện dự thảo' });
    const got = await dispatch(handlers, 'tasks.get', { id: task.conclusionId });
    expect(got).toMatchObject({ ok: true, value: { status: 'in-progress' } });
  });
});
