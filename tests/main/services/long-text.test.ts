// A conclusion holding 100,000 line breaks before a word (a 4.6 MB file of them blocked every other
// request for 15 s) is saved and listed through `dispatch` well within the test's timeout: a quadratic
// scan of that text would take minutes.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { openTestDb, type TestDb } from '../../helpers/db';

let t: TestDb | undefined;
afterEach(() => t?.close());

describe('a conclusion with 100,000 line breaks', () => {
  it('is saved and shown in the task list through dispatch', async () => {
    t = openTestDb();
    t.services.exchange.import(demoExchange());
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const meeting = t.services.meetings.get(demoIds.meeting2021);
    const text = `${'\n'.repeat(100_000)}Hoàn thành`;
    const saved = await dispatch(handlers, 'meetings.save', {
      ...meeting,
      conclusions: [
        ...(meeting.conclusions ?? []),
        {
          id: randomUUID(),
          order: 99,
          kind: 'task',
          status: 'open',
          text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        },
      ],
    });
    expect(saved.ok).toBe(true);
    const listed = await dispatch(handlers, 'tasks.list', { filter: 'all', limit: 500 });
    expect(listed.ok && (listed.value as { items: { text: string }[] }).items.map((i) => i.text)).toContain(
      text,
    );
  }, 10_000);
});
