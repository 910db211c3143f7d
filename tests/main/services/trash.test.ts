// Thùng rác through the IPC calls the screens make: a deleted meeting takes its documents with it and
// leaves every list, follow-up and export; it comes back whole; entries older than 30 days are purged.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { createServices } from '../../../main/services';
import { formatVietnamInstant } from '../../../shared/datetime';
import type { Channel, InputOf } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo, fresh } = trackTestDbs({ clock: true });

function caller(t: TestDb) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<unknown>> =>
    dispatch(handlers, channel, input);
}
const valueOf = (r: Result<unknown>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const count = (t: TestDb, sql: string, ...args: string[]) =>
  (t.db.prepare(sql).get(...args) as { n: number }).n;

describe('Thùng rác', () => {
  it('moves a meeting with its issued notice to the trash, out of lists, tasks and exports', async () => {
    const t = withDemo();
    const call = caller(t);
    const tasksBefore = t.services.tasks.list({ filter: 'all' }).items.length;
    const meetingTasks = t.services.tasks
      .list({ filter: 'all' })
      .items.filter((task) => task.meetingId === demoIds.meeting2015).length;

    valueOf(await call('meetings.delete', { id: demoIds.meeting2015 }));

    expect(count(t, 'SELECT count(*) AS n FROM meetings WHERE id = ?', demoIds.meeting2015)).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM documents WHERE id = ?', demoIds.notice2015)).toBe(0);
    const listed = valueOf(await call('meetings.list', {})) as { items: { id: string }[] };
    expect(listed.items.map((m) => m.id)).not.toContain(demoIds.meeting2015);
    const docs = valueOf(await call('documents.list', {})) as { items: { id: string }[] };
    expect(docs.items.map((d) => d.id)).not.toContain(demoIds.notice2015);
    expect(t.services.tasks.list({ filter: 'all' }).items).toHaveLength(tasksBefore - meetingTasks);
    const exported = t.services.exchange.exportAll() as {
      meetings: { id: string }[];
      documents: { id: string }[];
    };
    expect(exported.meetings.map((m) => m.id)).not.toContain(demoIds.meeting2015);
    expect(exported.documents.map((d) => d.id)).not.toContain(demoIds.notice2015);

    const trash = valueOf(await call('trash.list', {})) as {
      id: string;
      kind: string;
      label: string;
      detail: string;
      purgeOn: string;
    }[];
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: demoIds.meeting2015, kind: 'meeting' });
    expect(trash[0]?.label).toContain('Hội nghị tổng kết công tác Đảng');
    expect(trash[0]?.detail).toBe('kèm 1 văn bản: 05/TB-VPUB');
    expect(trash[0]?.purgeOn).toBe('2026-12-23');
  });

  it('restores the meeting with its conclusions, attendees and the same numbered document', async () => {
    const t = withDemo();
    const call = caller(t);
    const before = t.services.meetings.get(demoIds.meeting2015);
    const notice = t.services.documents.get(demoIds.notice2015);
    valueOf(await call('meetings.delete', { id: demoIds.meeting2015 }));
    valueOf(await call('trash.restore', { id: demoIds.meeting2015 }));

    const after = t.services.meetings.get(demoIds.meeting2015);
    const { updatedAt: _a, ...restored } = after;
    const { updatedAt: _b, ...original } = before;
    expect(restored).toEqual(original);
    expect(after.updatedAt > before.updatedAt).toBe(true);
    const back = t.services.documents.get(demoIds.notice2015);
    expect(back).toMatchObject({ status: 'issued', number: 5, meetingId: demoIds.meeting2015 });
    expect(back.body).toEqual(notice.body);
    expect(valueOf(await call('trash.list', {}))).toEqual([]);
  });

  it('keeps an issued document out of the trash on its own, and restores a deleted draft', async () => {
    const t = withDemo();
    const call = caller(t);
    const frozen = await call('documents.delete', { id: demoIds.notice2015 });
    expect(frozen).toMatchObject({ ok: false, error: { code: 'E_FROZEN' } });
    valueOf(await call('documents.delete', { id: demoIds.notice2021 }));
    expect(count(t, 'SELECT count(*) AS n FROM documents WHERE id = ?', demoIds.notice2021)).toBe(0);
    valueOf(await call('trash.restore', { id: demoIds.notice2021 }));
    expect(t.services.documents.get(demoIds.notice2021).meetingId).toBe(demoIds.meeting2021);
  });

  it('refuses a person still named in a meeting, and restores one that was not', async () => {
    const t = withDemo();
    const call = caller(t);
    expect(await call('people.delete', { id: demoIds.leDinhSon })).toMatchObject({
      ok: false,
      error: { code: 'E_IN_USE' },
    });
    const id = '3f0a8e1c-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
    valueOf(await call('people.save', { id, fullName: 'Đặng Văn Tạm' }));
    valueOf(await call('people.delete', { id }));
    const search = valueOf(await call('people.list', { text: 'dang van tam' })) as { total: number };
    expect(search.total).toBe(0);
    valueOf(await call('trash.restore', { id }));
    expect(t.services.people.get(id).fullName).toBe('Đặng Văn Tạm');
  });

  it('brings back a trashed attendee together with the meeting that names them', async () => {
    const t = withDemo();
    const call = caller(t);
    const onlyHere = t.services.meetings
      .get(demoIds.meeting2015)
      .attendees?.map((a) => a.personId)
      .find(
        (personId) =>
          count(t, 'SELECT count(*) AS n FROM meeting_attendees WHERE person_id = ?', personId) === 1,
      );
    expect(onlyHere).toBeDefined();
    valueOf(await call('meetings.delete', { id: demoIds.meeting2015 }));
    valueOf(await call('people.delete', { id: onlyHere! }));
    valueOf(await call('trash.restore', { id: demoIds.meeting2015 }));
    expect(t.services.people.get(onlyHere!).id).toBe(onlyHere);
    expect(valueOf(await call('trash.list', {}))).toEqual([]);
  });

  it('refuses to restore over a record that came back by import, and can remove the entry for good', async () => {
    const t = withDemo();
    const call = caller(t);
    const exported = t.services.exchange.exportMeeting(demoIds.meeting2021);
    valueOf(await call('meetings.delete', { id: demoIds.meeting2021 }));
    t.services.exchange.import(exported);
    expect(await call('trash.restore', { id: demoIds.meeting2021 })).toMatchObject({
      ok: false,
      error: { code: 'E_CONFLICT' },
    });
    valueOf(await call('trash.remove', { id: demoIds.meeting2021 }));
    expect(valueOf(await call('trash.list', {}))).toEqual([]);
    expect(await call('trash.remove', { id: demoIds.meeting2021 })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND' },
    });
  });

  it('purges entries deleted more than 30 days ago and keeps the newer ones', () => {
    const t = fresh();
    const day = (d: string) => () => `${d}T09:00:00+07:00`;
    const at = (d: string) => createServices(t.db, { now: day(d) });
    const old = '6a1f0c3e-8d2b-4a5c-9e7f-1b2c3d4e5f60';
    const recent = '7b2a1d4f-9e3c-4b6d-8f80-2c3d4e5f6071';
    at('2026-10-01').people.save({ id: old, fullName: 'Người cũ' });
    at('2026-10-01').people.delete(old);
    at('2026-11-20').people.save({ id: recent, fullName: 'Người mới' });
    at('2026-11-20').people.delete(recent);
    expect(at('2026-10-31').trash.purgeExpired()).toBe(0);
    expect(
      at(formatVietnamInstant(Date.parse('2026-11-01T12:00:00+07:00')).slice(0, 10)).trash.purgeExpired(),
    ).toBe(1);
    expect(
      at('2026-11-30')
        .trash.list()
        .map((e) => e.id),
    ).toEqual([recent]);
  });
});
