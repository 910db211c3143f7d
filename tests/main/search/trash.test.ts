// The Thùng rác and the search index, through the calls the screens make: a meeting deleted to the
// trash (with its documents) is no longer found, and found again once restored.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Channel, InputOf } from '../../../shared/ipc';
import type { SearchResult } from '../../../shared/search';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

function caller(t: TestDb) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<unknown> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
}

const found = (result: unknown, kind: string) =>
  (result as SearchResult).groups.filter((g) => g.kind === kind).flatMap((g) => g.items.map((i) => i.id));

describe('search and the Thùng rác', () => {
  it('finds a meeting and its notice, not while they are in the trash, and again once restored', async () => {
    const t = withDemo();
    const call = caller(t);
    const meeting = t.services.meetings.get(demoIds.meeting2015);
    const notice = t.services.documents.get(demoIds.notice2015);
    const search = (text: string) => call('search.query', { text, limit: 100 });

    expect(found(await search(meeting.title), 'meeting')).toContain(meeting.id);
    expect(found(await search(notice.summary), 'document')).toContain(notice.id);

    await call('meetings.delete', { id: meeting.id });
    expect(found(await search(meeting.title), 'meeting')).not.toContain(meeting.id);
    expect(found(await search(notice.summary), 'document')).not.toContain(notice.id);

    await call('trash.restore', { id: meeting.id });
    expect(found(await search(meeting.title), 'meeting')).toContain(meeting.id);
    expect(found(await search(notice.summary), 'document')).toContain(notice.id);
  });
});
