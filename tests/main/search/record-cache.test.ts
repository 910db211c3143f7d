// The search box keeps the records it showed between keys (main/search/record-cache.ts): a save, here or
// by another connection to the same file (the command line while the app is open), shows at the next key.
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { createServices } from '../../../main/services';
import { createRecordCache } from '../../../main/search/record-cache';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { SearchHit, SearchResult } from '../../../shared/search';
import { trackTestDbs } from '../../helpers/db';
import { ID, searchOffice, searchVia } from './fixture';

const { fresh } = trackTestDbs({ clock: true });

function office() {
  const t = fresh();
  t.services.exchange.import(searchOffice());
  const search = searchVia(t.services);
  /** The Đô Lương meeting as the search box shows it for `text`. */
  const typed = async (text: string): Promise<SearchHit | undefined> => {
    const result = await search({ text, asYouType: true, limit: 5 });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as SearchResult).groups
      .find((g) => g.kind === 'meeting')
      ?.items.find((h) => h.id === ID.doLuong);
  };
  const shown = (hit: SearchHit | undefined) => [
    hit?.title.map((s) => s.text).join(''),
    hit?.snippet.map((s) => s.text).join(''),
  ];
  return { t, typed, shown };
}

describe('search box: records kept between keys', () => {
  it('shows a meeting’s new place and title at the next key after it is saved through the app', async () => {
    const { t, typed, shown } = office();
    expect(shown(await typed('do lu'))).toEqual([
      'Buổi làm việc với huyện về xây dựng nông thôn mới',
      'Hội trường UBND huyện Đô Lương',
    ]);
    expect(shown(await typed('do luo'))[1]).toBe('Hội trường UBND huyện Đô Lương');
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const saved = await dispatch(handlers, 'meetings.save', {
      ...t.services.meetings.get(ID.doLuong),
      title: 'Làm việc với huyện Đô Lương về nông thôn mới',
      location: 'Nhà văn hóa xã Đô Lương',
    });
    expect(saved.ok).toBe(true);
    expect(shown(await typed('do luon'))).toEqual([
      'Làm việc với huyện Đô Lương về nông thôn mới',
      'Nhà văn hóa xã Đô Lương',
    ]);
  });

  it('shows a save made by another connection to the same file', async () => {
    const { t, typed, shown } = office();
    expect(shown(await typed('do lu'))[1]).toBe('Hội trường UBND huyện Đô Lương');
    const other = openDatabase(t.file);
    try {
      const services = createServices(other);
      services.meetings.save({ ...services.meetings.get(ID.doLuong), location: 'Hội trường xã Đô Lương' });
    } finally {
      closeDatabase(other);
    }
    expect(shown(await typed('do luo'))[1]).toBe('Hội trường xã Đô Lương');
  });
});

describe('createRecordCache', () => {
  it('loads a record once while the version holds, forgets all when it changes, and keeps the newest few', () => {
    let version = 'a';
    let loads = 0;
    const cache = createRecordCache(() => version, 2);
    const load = (n: number) => () => {
      loads++;
      return n === 0 ? null : { kind: 'meeting' as const, source: { id: String(n) } as never };
    };
    cache.check();
    cache.get(1, load(1));
    cache.get(1, load(1));
    cache.get(0, load(0));
    cache.get(0, load(0)); // a missing record is remembered as missing
    expect(loads).toBe(2);
    cache.get(1, load(1)); // 1 is now the newest, 0 the oldest
    cache.get(2, load(2));
    expect(cache.size).toBe(2);
    cache.get(1, load(1));
    expect(loads).toBe(3); // 1 stayed; 0 went
    cache.get(0, load(0));
    expect(loads).toBe(4);
    version = 'b';
    cache.check();
    expect(cache.size).toBe(0);
    cache.get(1, load(1));
    expect(loads).toBe(5);
  });
});
