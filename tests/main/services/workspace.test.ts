import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { generateFromMeeting } from '../../../main/documents/generate';
import { weekOf } from '../../../main/services/tasks';
import type { AppError } from '../../../shared/errors';
import { officeProfileSchema } from '../../../shared/settings';
import { trackTestDbs } from '../../helpers/db';

const { withDemo, fresh } = trackTestDbs({ clock: true });

describe('tasks', () => {
  it('lists open and overdue tasks across meetings, with their units and plain text', () => {
    const t = withDemo();
    const open = t.services.tasks.list({ filter: 'open' });
    expect(open.total).toBe(4);
    expect(open.items.map((i) => i.status).sort()).toEqual(['in-progress', 'in-progress', 'open', 'open']);
    // The test clock is in 2026: every open task of the demo is past its due date.
    expect(open.items.every((i) => i.overdue)).toBe(true);
    expect(t.services.tasks.list({ filter: 'overdue' }).total).toBe(4);
    expect(t.services.tasks.list({ filter: 'done' }).total).toBe(2);
    expect(t.services.tasks.list({ filter: 'all' }).total).toBe(6);
    const first = open.items[0];
    expect(first?.text.length).toBeGreaterThan(5);
    expect(first?.meetingTitle.length).toBeGreaterThan(5);
    expect(Array.isArray(first?.leadIds)).toBe(true);
    // due dates first, earliest first
    const dues = open.items.map((i) => i.dueDate);
    expect(dues).toEqual([...dues].sort());
  });

  it('filters tasks by meeting text without accents and by unit', () => {
    const t = withDemo();
    const all = t.services.tasks.list({ filter: 'all' });
    const unit = all.items.find((i) => i.leadIds.length > 0)?.leadIds[0] as string;
    const byUnit = t.services.tasks.list({ filter: 'all', organizationId: unit });
    expect(byUnit.total).toBeGreaterThan(0);
    expect(byUnit.items.every((i) => [...i.leadIds, ...i.supportIds].includes(unit))).toBe(true);
    expect(t.services.tasks.list({ filter: 'all', text: 'khong co cuoc hop nao nhu the' }).total).toBe(0);
  });
});

describe('dashboard', () => {
  it('counts open and overdue tasks and drafts, and lists recent meetings', () => {
    const t = withDemo();
    const d = t.services.tasks.dashboard();
    expect([d.openTasks, d.overdueTasks]).toEqual([4, 4]);
    expect(d.draftDocuments).toBeGreaterThanOrEqual(1);
    expect(d.recentMeetings.length).toBe(4);
    expect(d.meetingsThisWeek).toEqual([]);
    expect([d.weekStart, d.weekEnd]).toEqual(['2026-11-23', '2026-11-29']);
  });

  it('computes Monday-based weeks', () => {
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', next: '2026-11-30' });
    expect(weekOf('2026-11-23')).toEqual({ start: '2026-11-23', next: '2026-11-30' });
    expect(weekOf('2024-01-01')).toEqual({ start: '2024-01-01', next: '2024-01-08' });
  });
});

describe('settings', () => {
  it('returns defaults on a fresh database and keeps what was saved, the term start included', () => {
    const t = fresh();
    expect(t.services.settings.get()).toEqual(officeProfileSchema.parse({}));
    const d = withDemo();
    const saved = d.services.settings.save(
      officeProfileSchema.parse({
        defaultIssuerId: demoIds.vpub,
        place: 'Nghệ An',
        defaultRecipients: ['- Như trên;', '- Lưu: VT.'],
        partyTermStart: '2020-10-15',
      }),
    );
    expect(saved.place).toBe('Nghệ An');
    expect(d.services.settings.get()).toEqual(saved);
    expect(d.services.register.termStartsFor(demoIds.tinhUy).length).toBeGreaterThan(0);
  });

  it('refuses a default issuer that does not exist', () => {
    const t = fresh();
    let error: AppError | undefined;
    try {
      t.services.settings.save(
        officeProfileSchema.parse({ defaultIssuerId: '00000000-0000-4000-8000-000000000000' }),
      );
    } catch (e) {
      error = e as AppError;
    }
    expect([error?.code, error?.path]).toEqual(['E_VALIDATION', 'defaultIssuerId']);
  });

  it("keeps a default signer's person and refuses one missing from the directory, writing nothing", () => {
    const t = withDemo();
    const signer = { authority: 'KT' as const, authorityBody: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' };
    t.services.settings.save(
      officeProfileSchema.parse({ defaultSigners: [{ ...signer, personId: demoIds.leThiHongKhanh }] }),
    );
    expect(t.services.settings.get().defaultSigners[0]?.personId).toBe(demoIds.leThiHongKhanh);
    let error: AppError | undefined;
    try {
      t.services.settings.save(
        officeProfileSchema.parse({
          defaultSigners: [signer, { ...signer, personId: '00000000-0000-4000-8000-000000000000' }],
        }),
      );
    } catch (e) {
      error = e as AppError;
    }
    expect([error?.code, error?.path]).toEqual(['E_VALIDATION', 'defaultSigners[1].personId']);
    expect(error?.message).toBe('Không tìm thấy người ký thứ 2 trong danh bạ cán bộ.');
    expect(t.services.settings.get().defaultSigners[0]?.personId).toBe(demoIds.leThiHongKhanh);
  });
});

describe('programmes list', () => {
  it('lists programmes, all or by year', () => {
    const t = withDemo();
    const all = t.services.programmes.list();
    expect(all.length).toBeGreaterThan(0);
    const year = all[0]?.year as number;
    expect(t.services.programmes.list(year).every((p) => p.year === year)).toBe(true);
    expect(t.services.programmes.list(1950)).toEqual([]);
  });
});

describe('merging duplicate people', () => {
  const dupId = '0f0f0f0f-0000-4000-8000-000000000001';

  it('finds people whose names differ only by accents and spacing', () => {
    const t = withDemo();
    t.services.people.save({ id: dupId, fullName: 'Nguyen  Duc Trung' });
    const groups = t.services.directory.duplicatePeople();
    expect(groups.map((g) => g.map((c) => c.person.id).sort())).toEqual([
      [demoIds.nguyenDucTrung, dupId].sort(),
    ]);
  });

  it('moves attendances to the kept person, drops a repeat in the same meeting, and removes the duplicate', () => {
    const t = withDemo();
    t.services.people.save({ id: dupId, fullName: 'Nguyễn Đức Trung' });
    const meeting = t.services.meetings.get(demoIds.meeting2018);
    const before = meeting.attendees?.length ?? 0;
    const alreadyThere = meeting.attendees?.some((a) => a.personId === demoIds.nguyenDucTrung) ?? false;
    t.services.meetings.save({
      ...meeting,
      attendees: [...(meeting.attendees ?? []), { personId: dupId, role: 'guest', position: 'Khách' }],
    });
    const otherId = demoIds.meeting2015;
    const other = t.services.meetings.get(otherId);
    t.services.meetings.save({
      ...other,
      attendees: [...(other.attendees ?? []), { personId: dupId, role: 'attendee', position: 'Đại biểu' }],
    });

    const result = t.services.directory.mergePeople({ keepId: demoIds.nguyenDucTrung, mergeIds: [dupId] });
    expect(result).toMatchObject({
      keptId: demoIds.nguyenDucTrung,
      removed: 1,
      attendancesMoved: 2,
      meetingsTouched: 2,
    });
    expect(() => t.services.people.get(dupId)).toThrow(/Không tìm thấy cán bộ/);
    const after = t.services.meetings.get(demoIds.meeting2018).attendees ?? [];
    expect(after.filter((a) => a.personId === demoIds.nguyenDucTrung)).toHaveLength(1);
    expect(after).toHaveLength(alreadyThere ? before : before + 1);
    expect(
      t.services.meetings.get(otherId).attendees?.some((a) => a.personId === demoIds.nguyenDucTrung),
    ).toBe(true);
    expect(t.services.directory.duplicatePeople()).toEqual([]);
  });

  it('refuses an unknown person and writes nothing', () => {
    const t = withDemo();
    expect(() =>
      t.services.directory.mergePeople({
        keepId: demoIds.nguyenDucTrung,
        mergeIds: ['0f0f0f0f-0000-4000-8000-000000000009'],
      }),
    ).toThrow(/Không tìm thấy cán bộ/);
  });
});

describe('a person who signs, merged or deleted', () => {
  const dupId = '0f0f0f0f-0000-4000-8000-000000000002';
  const signer = { authority: 'KT' as const, position: 'PHÓ CHÁNH VĂN PHÒNG', personId: dupId };

  it('merging moves the default signer and the document signer to the kept person', () => {
    const t = withDemo();
    t.services.people.save({ id: dupId, fullName: 'Nguyen Duc Trung' });
    t.services.settings.save({ ...t.services.settings.get(), defaultSigners: [signer] });
    const source = t.services.documents.get(demoIds.notice2015);
    const signed = t.services.documents.saveDraft({ ...source, id: crypto.randomUUID(), signers: [signer] });

    t.services.directory.mergePeople({ keepId: demoIds.nguyenDucTrung, mergeIds: [dupId] });

    expect(t.services.settings.get().defaultSigners).toEqual([
      { ...signer, personId: demoIds.nguyenDucTrung },
    ]);
    const after = t.services.documents.get(signed.id);
    expect(after.signers?.[0]?.personId).toBe(demoIds.nguyenDucTrung);
    expect(after.updatedAt > signed.updatedAt).toBe(true);
  });

  it('a deleted person no longer names a default signer, and drafts are still made', () => {
    const t = withDemo();
    t.services.people.save({ id: dupId, fullName: 'Người ký tạm' });
    t.services.settings.save({ ...t.services.settings.get(), defaultSigners: [signer] });
    t.services.people.delete(dupId);
    const { personId: _gone, ...withoutPerson } = signer;
    expect(t.services.settings.get().defaultSigners).toEqual([withoutPerson]);
    // Saving the profile as read back is accepted: nothing in it points at the deleted person.
    expect(() => t.services.settings.save(t.services.settings.get())).not.toThrow();
    const draft = generateFromMeeting(t.services, demoIds.meeting2015, 'conclusion-notice');
    expect(draft.signers).toEqual([withoutPerson]);
  });
});
