import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import type { AppError } from '../../../shared/errors';
import { trackTestDbs } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });
const errorOf = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
};

describe('meetings', () => {
  it('lists meetings newest first with filters by year, kind, organizer and accent-insensitive text', () => {
    const t = withDemo();
    expect(t.services.meetings.list().items.map((m) => m.startsAt.slice(0, 4))).toEqual([
      '2021',
      '2019',
      '2018',
      '2015',
    ]);
    expect(t.services.meetings.list({ year: 2018 }).items.map((m) => m.id)).toEqual([demoIds.meeting2018]);
    expect(t.services.meetings.list({ kind: 'buoi-lam-viec' }).total).toBe(1);
    expect(t.services.meetings.list({ organizerId: demoIds.duk }).total).toBe(3);
    expect(
      t.services.meetings.list({ text: 'tong ket cong tac xay dung dang' }).items.map((m) => m.id),
    ).toEqual([demoIds.meeting2021]);
    const page = t.services.meetings.list({ limit: 2, offset: 2, sort: 'startsAt-asc' });
    expect([page.total, page.items.length, page.items[0]?.startsAt.slice(0, 4)]).toEqual([4, 2, '2019']);
  });

  it('refuses a meeting whose organizer does not exist, naming the field, and writes nothing', () => {
    const t = withDemo();
    const meeting = t.services.meetings.get(demoIds.meeting2015);
    const error = errorOf(() =>
      t.services.meetings.save({
        ...meeting,
        organizerIds: ['00000000-0000-4000-8000-000000000001'],
        title: 'Sai',
      }),
    );
    expect([error.code, error.path]).toEqual(['E_VALIDATION', 'organizerIds[0]']);
    expect(t.services.meetings.get(demoIds.meeting2015).title).toBe(meeting.title);
  });

  it('keeps a conclusion’s updatedAt unless its content changed', () => {
    const t = withDemo();
    const meeting = t.services.meetings.get(demoIds.meeting2021);
    const [first, second, third] = meeting.conclusions ?? [];
    const saved = t.services.meetings.save({
      ...meeting,
      conclusions: [first!, { ...second!, status: 'done' }, third!],
    });
    expect(saved.conclusions?.[0]?.updatedAt).toBe(first?.updatedAt);
    expect(saved.conclusions?.[1]?.updatedAt).not.toBe(second?.updatedAt);
    expect(t.services.meetings.get(demoIds.meeting2021).conclusions?.[1]?.status).toBe('done');
  });

  it('deletes a meeting with its attendees and conclusions into the trash, its documents with it', () => {
    const t = withDemo();
    t.services.meetings.delete(demoIds.meeting2015);
    expect(errorOf(() => t.services.meetings.get(demoIds.meeting2015)).code).toBe('E_NOT_FOUND');
    expect(
      t.db.prepare('SELECT count(*) AS n FROM conclusions WHERE meeting_id = ?').get(demoIds.meeting2015),
    ).toEqual({ n: 0 });
    expect(errorOf(() => t.services.documents.get(demoIds.notice2015)).code).toBe('E_NOT_FOUND');
    expect(t.services.trash.list().map((e) => e.id)).toEqual([demoIds.meeting2015]);
  });
});

describe('people and organizations', () => {
  it('finds people without diacritics: "nguyen duc trung" finds Nguyễn Đức Trung', () => {
    const t = withDemo();
    expect(t.services.people.list({ text: 'nguyen duc trung' }).items.map((p) => p.fullName)).toEqual([
      'Nguyễn Đức Trung',
    ]);
    expect(t.services.people.list({ text: 'HƯỜNG' }).items.map((p) => p.fullName)).toEqual([
      'Nguyễn Thị Thu Hường',
    ]);
  });

  it('keeps the titles a person held on each meeting day, latest first', () => {
    const t = withDemo();
    const titles = t.services.people.titles(demoIds.nguyenNamDinh).map((x) => x.title);
    expect(titles[0]).toBe('Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh');
  });

  it('refuses to delete a body or a person still used by a meeting', () => {
    const t = withDemo();
    expect(errorOf(() => t.services.organizations.delete(demoIds.vpub)).code).toBe('E_IN_USE');
    expect(errorOf(() => t.services.people.delete(demoIds.leDinhSon)).code).toBe('E_IN_USE');
    expect(t.services.people.get(demoIds.leDinhSon).fullName).toBe('Lê Đình Sơn');
  });

  it('refuses a parent that would make a cycle', () => {
    const t = withDemo();
    const ubnd = t.services.organizations.get(demoIds.ubnd);
    expect(errorOf(() => t.services.organizations.save({ ...ubnd, parentId: demoIds.vpub })).code).toBe(
      'E_VALIDATION',
    );
  });
});
