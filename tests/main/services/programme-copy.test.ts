// "Sao chép sang năm sau" through the IPC call the screen makes: any year can be copied, a repeated
// call (double click, retry) makes one copy only, and the years move forward in every field.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Stored } from '../../../shared/domain';
import type { Programme } from '../../../shared/exchange';
import { trackTestDbs } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });
const copyId = '9d3c2b1a-0f4e-4d6c-8b7a-6e5f4d3c2b1a';

describe('copying a programme to the next year', () => {
  it('makes one draft for the next year with every year reference moved, however often it is asked', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const [source] = t.services.programmes.list();
    expect(source?.year).toBe(2019);
    const original = t.services.programmes.get(source!.id);

    const calls = await Promise.all([
      dispatch(handlers, 'programmes.copyToNextYear', { sourceId: source!.id, id: copyId }),
      dispatch(handlers, 'programmes.copyToNextYear', { sourceId: source!.id, id: copyId }),
    ]);
    for (const r of calls) expect(r.ok).toBe(true);
    expect(t.services.programmes.list()).toHaveLength(2);

    const copy = t.services.programmes.get(copyId);
    expect(copy.year).toBe(2020);
    expect(copy.title).toBe(original.title.replaceAll('2019', '2020'));
    expect(copy.partyIds).toEqual(original.partyIds);
    expect(copy.reviewMeetingId).toBeNull();
    expect(copy.items).toHaveLength(original.items.length);
    const text = JSON.stringify(copy.items);
    expect(text).not.toMatch(/(?<![-–] ?)\b2019\b(?! ?[-–])/);
    expect(text).toContain('Quý I - Quý IV/2020');
    expect(text).toContain('nhiệm kỳ 2015 - 2020');
    expect(text).toContain('nhiệm kỳ 2020 - 2025');
    const first = calls[0] as { ok: true; value: { programme: Stored<Programme>; yearChanges: number } };
    expect(first.value.yearChanges).toBeGreaterThanOrEqual(5);
    // The source is untouched.
    expect(t.services.programmes.get(source!.id)).toEqual(original);
  });

  it('makes a second copy only for a second request (a new id), and refuses an unknown source', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const [source] = t.services.programmes.list();
    await dispatch(handlers, 'programmes.copyToNextYear', { sourceId: source!.id, id: copyId });
    const again = await dispatch(handlers, 'programmes.copyToNextYear', {
      sourceId: source!.id,
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    });
    expect(again).toMatchObject({ ok: true, value: { programme: { year: 2020 } } });
    expect(t.services.programmes.list().map((p) => p.year)).toEqual([2020, 2020, 2019]);
    const unknown = await dispatch(handlers, 'programmes.copyToNextYear', {
      sourceId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      id: '3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
  });
});
