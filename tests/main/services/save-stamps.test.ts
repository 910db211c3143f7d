// Saving what was loaded changes nothing: no record gets a new updatedAt (a merge keeps the newer
// updatedAt, so a needless stamp would overwrite another office's real edits). One real change stamps
// only the record that changed. Everything goes through `dispatch`, the path of the UI and the preview.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Handlers } from '../../../shared/ipc';
import { openTestDb, steppingClock, type TestDb } from '../../helpers/db';

const PROGRAMME_ID = '18c4e628-bba5-5ada-839b-bf9a747b599d';
const STAMPED = ['organizations', 'people', 'meetings', 'conclusions', 'programmes', 'documents'] as const;

let t: TestDb;
let handlers: Handlers;
beforeEach(() => {
  t = openTestDb(undefined, steppingClock());
  t.services.exchange.import(demoExchange());
  handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
});
afterEach(() => t.close());

async function call<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Every record's updatedAt, keyed "table:id". */
function stamps(): Map<string, string> {
  const all = new Map<string, string>();
  for (const table of STAMPED)
    for (const row of t.db.prepare(`SELECT id, updated_at FROM ${table}`).all() as {
      id: string;
      updated_at: string;
    }[])
      all.set(`${table}:${row.id}`, row.updated_at);
  return all;
}

/** The keys whose updatedAt differs between two snapshots. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([key, value]) => before.get(key) !== value).map(([key]) => key);
}

/** The whole content of the tables behind a meeting, to show an unchanged save rewrote nothing. */
function meetingRows(id: string): unknown[] {
  const q = (sql: string) => t.db.prepare(sql).all(id);
  return [
    q('SELECT * FROM meetings WHERE id = ?'),
    q('SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY seq'),
    q('SELECT * FROM meeting_organizers WHERE meeting_id = ? ORDER BY seq'),
    q('SELECT * FROM conclusions WHERE meeting_id = ? ORDER BY seq'),
    q(`SELECT * FROM conclusion_assignees WHERE conclusion_id IN
       (SELECT id FROM conclusions WHERE meeting_id = ?) ORDER BY conclusion_id, seq`),
    q(`SELECT * FROM conclusion_progress WHERE conclusion_id IN
       (SELECT id FROM conclusions WHERE meeting_id = ?) ORDER BY conclusion_id, seq`),
  ];
}

const loadedThenSaved: [string, string, string][] = [
  ['organizations.get', 'organizations.save', demoIds.duk],
  ['organizations.get', 'organizations.save', demoIds.vpub],
  ['people.get', 'people.save', demoIds.nguyenDucTrung],
  ['meetings.get', 'meetings.save', demoIds.meeting2015],
  ['meetings.get', 'meetings.save', demoIds.meeting2018],
  ['meetings.get', 'meetings.save', demoIds.meeting2021],
  ['programmes.get', 'programmes.save', PROGRAMME_ID],
  ['documents.get', 'documents.saveDraft', demoIds.notice2021],
];

describe('saving through dispatch what was loaded, unchanged', () => {
  it.each(loadedThenSaved)('%s then %s (%s) stamps nothing', async (get, save, id) => {
    const loaded = await call(get, { id });
    const before = stamps();
    const saved = await call(save, loaded);
    expect(changed(before, stamps())).toEqual([]);
    expect(saved.updatedAt).toBe(loaded.updatedAt);
  });

  it('keeps every row of a meeting (attendees, conclusions, tasks, progress) exactly as it was', async () => {
    const rows = meetingRows(demoIds.meeting2021);
    await call('meetings.save', await call('meetings.get', { id: demoIds.meeting2021 }));
    expect(meetingRows(demoIds.meeting2021)).toEqual(rows);
  });

  it('settings.save of the loaded profile and tasks.update with the same values stamp nothing', async () => {
    const before = stamps();
    await call('settings.save', await call('settings.get', {}));
    const task = (await call<{ items: Record<string, unknown>[] }>('tasks.list', { filter: 'all' }))
      .items[0]!;
    const detail = await call('tasks.get', { id: task.conclusionId });
    await call('tasks.update', {
      conclusionId: task.conclusionId,
      expectedUpdatedAt: detail.updatedAt,
      status: detail.status,
      dueDate: detail.dueDate,
    });
    expect(changed(before, stamps())).toEqual([]);
  });
});

describe('one real change through dispatch stamps only the record that changed', () => {
  it('a renamed organization: only that organization', async () => {
    const org = await call('organizations.get', { id: demoIds.duk });
    const before = stamps();
    await call('organizations.save', { ...org, place: 'Vinh' });
    expect(changed(before, stamps())).toEqual([`organizations:${demoIds.duk}`]);
  });

  it('a person’s notes: only that person', async () => {
    const person = await call('people.get', { id: demoIds.nguyenDucTrung });
    const before = stamps();
    await call('people.save', { ...person, notes: 'Đã nghỉ hưu' });
    expect(changed(before, stamps())).toEqual([`people:${demoIds.nguyenDucTrung}`]);
  });

  it('one conclusion’s status: that conclusion and its meeting, not the other conclusions', async () => {
    const meeting = await call<{ conclusions: Record<string, unknown>[] }>('meetings.get', {
      id: demoIds.meeting2021,
    });
    const target = meeting.conclusions.find((c) => c.kind === 'task')!;
    const before = stamps();
    await call('meetings.save', {
      ...meeting,
      conclusions: meeting.conclusions.map((c) => (c === target ? { ...c, status: 'done' } : c)),
    });
    expect(changed(before, stamps()).sort()).toEqual(
      [`conclusions:${String(target.id)}`, `meetings:${demoIds.meeting2021}`].sort(),
    );
  });

  it('one attendee’s title of the day: only the meeting', async () => {
    const meeting = await call<{ attendees: Record<string, unknown>[] }>('meetings.get', {
      id: demoIds.meeting2021,
    });
    const before = stamps();
    await call('meetings.save', {
      ...meeting,
      attendees: meeting.attendees.map((a, i) => (i === 0 ? { ...a, position: 'Phó Bí thư' } : a)),
    });
    expect(changed(before, stamps())).toEqual([`meetings:${demoIds.meeting2021}`]);
  });

  it('a programme’s title: only the programme', async () => {
    const programme = await call('programmes.get', { id: PROGRAMME_ID });
    const before = stamps();
    await call('programmes.save', { ...programme, title: `${String(programme.title)} (sửa)` });
    expect(changed(before, stamps())).toEqual([`programmes:${PROGRAMME_ID}`]);
  });

  it('a draft’s summary: only the draft', async () => {
    const doc = await call('documents.get', { id: demoIds.notice2021 });
    const before = stamps();
    await call('documents.saveDraft', { ...doc, summary: 'Kết luận của Ban Thường vụ (sửa)' });
    expect(changed(before, stamps())).toEqual([`documents:${demoIds.notice2021}`]);
  });
});
