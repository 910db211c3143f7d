// The directory of people through the calls the screens make: listed the Vietnamese way (given name,
// then middle and family name, D before Đ, tones in order), each with the title and unit of their
// latest meeting; same-name records come with what tells them apart.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { DuplicateCandidate, PersonListItem } from '../../../shared/directory';
import type { Page } from '../../../shared/domain';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc';
import { compareVietnameseNames, nameParts } from '../../../shared/person-names';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo, fresh } = trackTestDbs({ clock: true });

function caller(t: TestDb) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const r = await dispatch(handlers, channel, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as OutputOf<C>;
  };
}

const id = (n: number) => `0e0e0e0e-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('Vietnamese name order', () => {
  it('splits a name into family, middle and given name', () => {
    expect(nameParts(' Nguyễn  Thị Thu Hường ')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Thu',
      given: 'Hường',
    });
    expect(nameParts('Tâm')).toEqual({ family: '', middle: '', given: 'Tâm' });
  });

  it('compares given names first, with D before Đ and tones in order', () => {
    const sorted = ['Lê Thị Ánh', 'Nguyễn Văn An', 'Trần Anh', 'Lê Văn Đạt', 'Phạm Dũng', 'Võ An'].sort(
      compareVietnameseNames,
    );
    // An (Nguyễn Văn, Võ: middle "" before "Văn"), Anh, Ánh, then Dũng before Đạt.
    expect(sorted).toEqual(['Võ An', 'Nguyễn Văn An', 'Trần Anh', 'Lê Thị Ánh', 'Phạm Dũng', 'Lê Văn Đạt']);
  });
});

describe('people.list', () => {
  it('lists people by given name, then middle and family name, in the Vietnamese alphabet', async () => {
    const t = fresh();
    const call = caller(t);
    const names = [
      'Đặng Văn Bình',
      'Dương Văn Bình',
      'Nguyễn Văn An',
      'Lê Thị Ánh',
      'Đỗ Thị Đào',
      'Trần Văn Dũng',
      'Nguyễn Thị An',
      'Ngô Văn Ân',
      'Ông Văn Ăn',
    ];
    for (const [i, fullName] of names.entries()) await call('people.save', { id: id(i + 1), fullName });

    const listed = await call('people.list', { limit: 50 });
    expect(listed.items.map((p) => p.fullName)).toEqual([
      'Nguyễn Thị An', // An: middle Thị before Văn
      'Nguyễn Văn An',
      'Lê Thị Ánh', // a, then á (sắc) — tones after the plain letter
      'Ông Văn Ăn', // ă after a
      'Ngô Văn Ân', // â after ă
      'Dương Văn Bình', // Bình Văn: family Dương before Đặng (D before Đ)
      'Đặng Văn Bình',
      'Trần Văn Dũng', // Dũng before Đào: D before Đ in the given name
      'Đỗ Thị Đào',
    ]);
    expect(listed.total).toBe(9);

    // Pages follow the same order, and a search without accents keeps it.
    const second = await call('people.list', { offset: 3, limit: 3 });
    expect(second.items.map((p) => p.fullName)).toEqual(['Ông Văn Ăn', 'Ngô Văn Ân', 'Dương Văn Bình']);
    const binh = await call('people.list', { text: 'van binh' });
    expect(binh.items.map((p) => p.fullName)).toEqual(['Dương Văn Bình', 'Đặng Văn Bình']);
  });

  it('gives each person the title and unit of their latest meeting, and none for someone never seen', async () => {
    const t = withDemo();
    const call = caller(t);
    await call('people.save', { id: id(50), fullName: 'Phan Văn Mới' });
    const page: Page<PersonListItem> = await call('people.list', { limit: 500 });
    const trung = page.items.find((p) => p.id === demoIds.nguyenDucTrung);
    // Derived from the attendance rows themselves, the latest meeting first.
    const latest = t.db
      .prepare(
        `SELECT a.title_on_day AS title, o.name AS unit, m.starts_at FROM meeting_attendees a
         JOIN meetings m ON m.id = a.meeting_id LEFT JOIN organizations o ON o.id = a.organization_id
         WHERE a.person_id = ? AND a.title_on_day <> '' ORDER BY m.starts_at DESC LIMIT 1`,
      )
      .get(demoIds.nguyenDucTrung) as { title: string; unit: string | null; starts_at: string };
    expect(trung?.current.title).toBe(latest.title);
    expect(trung?.current.titleSeenAt).toBe(latest.starts_at);
    expect(trung?.current.organizationName).toBe(latest.unit);
    expect(page.items.find((p) => p.id === id(50))?.current).toEqual({
      title: null,
      titleSeenAt: null,
      organizationId: null,
      organizationName: null,
    });
  });
});

describe('people.getMany', () => {
  it("names a meeting's attendees in one call, in the order asked, leaving out unknown ids", async () => {
    const t = withDemo();
    const call = caller(t);
    const ids =
      (await call('meetings.get', { id: demoIds.meeting2021 })).attendees?.map((a) => a.personId) ?? [];
    expect(ids.length).toBeGreaterThan(2);
    const unknown = id(999);
    const people = await call('people.getMany', { ids: [ids[1]!, unknown, ...ids, ids[0]!] });
    const nameInDb = (personId: string) =>
      (t.db.prepare('SELECT full_name FROM people WHERE id = ?').get(personId) as { full_name: string })
        .full_name;
    // Each once, where first asked; the unknown id is left out.
    const order = [ids[1]!, ...ids.filter((x) => x !== ids[1])];
    expect(people.map((p) => p.id)).toEqual(order);
    expect(people.map((p) => p.fullName)).toEqual(order.map(nameInDb));
  });

  it('refuses more than 500 ids or an id that is not a UUID', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const many = Array.from({ length: 501 }, (_, i) => id(i));
    const tooMany = await dispatch(handlers, 'people.getMany', { ids: many });
    expect(tooMany.ok ? null : tooMany.error.code).toBe('E_VALIDATION');
    const bad = await dispatch(handlers, 'people.getMany', { ids: ["x' OR 1=1"] });
    expect(bad.ok ? null : bad.error.code).toBe('E_VALIDATION');
    const ok = await dispatch(handlers, 'people.getMany', { ids: many.slice(0, 500) });
    expect(ok.ok).toBe(true);
  });
});

describe('people.list: the current title and unit', () => {
  it('takes the title from the latest meeting naming one and the unit from the latest naming one', async () => {
    const t = withDemo();
    const call = caller(t);
    const person = id(60);
    await call('people.save', { id: person, fullName: 'Hồ Thị Lan' });
    const meeting = (n: number, startsAt: string, position: string | undefined, organizationId: string) =>
      call('meetings.save', {
        id: id(600 + n),
        title: `Họp số ${n}`,
        kind: 'cuoc-hop',
        startsAt,
        organizerIds: [demoIds.vpub],
        attendees: [
          { personId: demoIds.nguyenDucTrung, role: 'chair' },
          { personId: person, role: 'attendee', ...(position ? { position } : {}), organizationId },
        ],
      });
    // Saved out of order: the order is the meetings' start, not the order they were recorded in.
    await meeting(1, '2024-03-05T08:00:00+07:00', 'Phó Trưởng phòng', demoIds.ubnd);
    await meeting(2, '2025-06-10T08:00:00+07:00', undefined, demoIds.vpub);
    await meeting(3, '2022-01-04T08:00:00+07:00', 'Chuyên viên', demoIds.hdnd);
    const page = await call('people.list', { text: 'ho thi lan' });
    expect(page.items.map((p) => [p.fullName, p.current])).toEqual([
      [
        'Hồ Thị Lan',
        {
          title: 'Phó Trưởng phòng',
          titleSeenAt: '2024-03-05T08:00:00+07:00',
          organizationId: demoIds.vpub,
          organizationName: t.services.organizations.get(demoIds.vpub).name,
        },
      ],
    ]);
    // A change of the newest meeting is seen at once.
    await call('meetings.save', {
      ...t.services.meetings.get(id(602)),
      attendees: [
        { personId: demoIds.nguyenDucTrung, role: 'chair' },
        { personId: person, role: 'attendee', position: 'Trưởng phòng', organizationId: demoIds.duk },
      ],
    });
    const after = await call('people.list', { text: 'ho thi lan' });
    expect(after.items[0]?.current).toMatchObject({ title: 'Trưởng phòng', organizationId: demoIds.duk });
  });
});

describe('directory.duplicatePeople', () => {
  it('shows each same-name record with its titles, units, meetings and signatures, the most used first', async () => {
    const t = withDemo();
    const call = caller(t);
    const dupId = id(60);
    await call('people.save', { id: dupId, fullName: 'Nguyen Duc Trung', notes: 'nhập lại' });
    // Trung attends a second meeting, so his record is the more used one.
    const other = await call('meetings.get', { id: demoIds.meeting2018 });
    if (!other.attendees?.some((a) => a.personId === demoIds.nguyenDucTrung))
      await call('meetings.save', {
        ...other,
        attendees: [...(other.attendees ?? []), { personId: demoIds.nguyenDucTrung, role: 'attendee' }],
      });
    const meeting = await call('meetings.get', { id: demoIds.meeting2015 });
    await call('meetings.save', {
      ...meeting,
      attendees: [
        ...(meeting.attendees ?? []),
        { personId: dupId, role: 'guest', position: 'Giám đốc Sở Nội vụ', organizationId: demoIds.vpub },
      ],
    });

    const groups: DuplicateCandidate[][] = await call('directory.duplicatePeople', {});
    expect(groups).toHaveLength(1);
    const [kept, dup] = groups[0] ?? [];
    const trungMeetings = (
      t.db
        .prepare('SELECT count(DISTINCT meeting_id) AS n FROM meeting_attendees WHERE person_id = ?')
        .get(demoIds.nguyenDucTrung) as { n: number }
    ).n;
    expect(kept?.person.id).toBe(demoIds.nguyenDucTrung);
    expect(kept?.meetingCount).toBe(trungMeetings);
    expect(trungMeetings).toBeGreaterThan(1);
    expect(kept?.titles.length).toBeGreaterThan(0);
    expect(kept?.recentMeetings.length).toBe(Math.min(3, trungMeetings));
    const dates = kept?.recentMeetings.map((m) => m.startsAt) ?? [];
    expect(dates).toEqual([...dates].sort().reverse());

    expect(dup).toMatchObject({
      person: { id: dupId, fullName: 'Nguyen Duc Trung', notes: 'nhập lại' },
      titles: ['Giám đốc Sở Nội vụ'],
      units: ['Văn phòng Ủy ban nhân dân tỉnh Nghệ An'],
      meetingCount: 1,
      signedDocuments: 0,
      recentMeetings: [
        {
          meetingId: demoIds.meeting2015,
          meetingTitle: meeting.title,
          startsAt: meeting.startsAt,
          titleOnDay: 'Giám đốc Sở Nội vụ',
        },
      ],
    });
  });
});
