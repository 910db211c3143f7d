// Typing in an organization picker: whole names and prefixes first, abbreviations (`ubnd`, `snv`)
// match the initials or the symbol, all through the IPC call the picker makes.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { demoIds } from '../../../main/demo/seed-data';
import type { OrganizationSummary } from '../../../shared/domain';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });
const soNoiVu = '0b7c1f7e-4c8e-4d64-9a57-0f3c4b1d2a10';

async function search(t: TestDb, text: string, family?: 'state' | 'party'): Promise<string[]> {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  const result = await dispatch(handlers, 'organizations.list', family ? { text, family } : { text });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as OrganizationSummary[]).map((o) => o.name);
}

function withSoNoiVu(): TestDb {
  const t = withDemo();
  t.services.organizations.save({
    id: soNoiVu,
    name: 'Sở Nội vụ tỉnh Nghệ An',
    family: 'state',
    parentId: demoIds.ubnd,
  });
  return t;
}

describe('organization search', () => {
  it('lists the body whose name starts with the typed words before one that only contains them', async () => {
    const names = await search(withDemo(), 'uy ban nhan dan tinh');
    expect(names[0]).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    expect(names).toContain('Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An');
    expect(names.indexOf('Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An')).toBeGreaterThan(0);
  });

  it('puts the whole name first, then prefixes, then names containing a word', async () => {
    const names = await search(withDemo(), 'Tỉnh ủy Nghệ An');
    expect(names[0]).toBe('Tỉnh ủy Nghệ An');
  });

  it('matches abbreviations by the initials of the words or the symbol', async () => {
    const t = withSoNoiVu();
    expect((await search(t, 'ubnd'))[0]).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    expect(await search(t, 'snv')).toEqual(['Sở Nội vụ tỉnh Nghệ An']);
    expect((await search(t, 'VPUB'))[0]).toBe('Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
    expect((await search(t, 'đuk'))[0]).toBe('Đảng ủy Khối các cơ quan tỉnh Nghệ An');
  });

  it('ignores accents and case, keeps the family filter, and finds nothing for unrelated text', async () => {
    const t = withSoNoiVu();
    expect(await search(t, 'SỞ NỘI VỤ')).toEqual(['Sở Nội vụ tỉnh Nghệ An']);
    expect(await search(t, 'uy ban nhan dan', 'party')).toEqual([
      'Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An',
    ]);
    expect(await search(t, 'bo quoc phong')).toEqual([]);
    // Without text the whole directory comes back in alphabetical order.
    const all = await search(t, '');
    expect(all).toHaveLength(7);
    expect(all[0]).toBe('Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An');
  });
});
