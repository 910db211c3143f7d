// Reminders with a fixed clock: what is overdue or due within 7 days (done tasks never, weekends like any
// day), the digest the banner and the notification show (through the IPC dispatch), the switch in Cài
// đặt, and the morning schedule computed in Vietnam time whatever the machine's time zone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { nextMorning, reminderKind, reminderText, vietnamDay } from '../../../main/reminders/plan';
import { scheduleReminders } from '../../../main/reminders/schedule';
import type { ReminderDigest } from '../../../shared/tasks';
import type { TestDb } from '../../helpers/db';
import { ids, openFollowUpDb, TODAY } from '../services/follow-up-fixture';

const open: TestDb[] = [];
afterEach(() => {
  open.splice(0).forEach((t) => t.close());
  vi.useRealTimers();
});

describe('which tasks need a reminder (fixed day: Monday 23/11/2026)', () => {
  it('reminds of a task past its date and of one due within 7 days, today included', () => {
    expect(reminderKind({ dueDate: '2026-11-20', status: 'open' }, TODAY)).toBe('overdue');
    expect(reminderKind({ dueDate: TODAY, status: 'in-progress' }, TODAY)).toBe('due-soon');
    expect(reminderKind({ dueDate: '2026-11-30', status: null }, TODAY)).toBe('due-soon');
    expect(reminderKind({ dueDate: '2026-12-01', status: 'open' }, TODAY)).toBeNull();
  });

  it('never reminds of a done or cancelled task, nor of one without a due date', () => {
    expect(reminderKind({ dueDate: '2026-11-01', status: 'done' }, TODAY)).toBeNull();
    expect(reminderKind({ dueDate: '2026-11-25', status: 'cancelled' }, TODAY)).toBeNull();
    expect(reminderKind({ dueDate: null, status: 'open' }, TODAY)).toBeNull();
  });

  it('counts weekends like any day: due last Sunday is overdue, due next Sunday is due soon', () => {
    expect(reminderKind({ dueDate: '2026-11-22', status: 'open' }, TODAY)).toBe('overdue');
    expect(reminderKind({ dueDate: '2026-11-29', status: 'open' }, TODAY)).toBe('due-soon');
    // Seen from a Saturday, the Saturday a week on is still within the 7 days.
    expect(reminderKind({ dueDate: '2026-11-28', status: 'open' }, '2026-11-21')).toBe('due-soon');
  });
});

describe('the morning schedule, in Vietnam time (+07:00)', () => {
  const at = (iso: string) => Date.parse(iso);
  it('is 08:00 the same Vietnam day before eight, the next day from eight on', () => {
    expect(nextMorning(at('2026-11-23T07:30:00+07:00'))).toBe(at('2026-11-23T08:00:00+07:00'));
    expect(nextMorning(at('2026-11-23T08:00:00+07:00'))).toBe(at('2026-11-24T08:00:00+07:00'));
    expect(nextMorning(at('2026-11-23T23:59:00+07:00'))).toBe(at('2026-11-24T08:00:00+07:00'));
  });

  it('takes the day from Vietnam, not UTC: 03:00 on the 24th in Hà Nội is the 23rd in UTC', () => {
    const early = at('2026-11-24T03:00:00+07:00');
    expect(new Date(early).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(vietnamDay(early)).toBe('2026-11-24');
    expect(nextMorning(early)).toBe(at('2026-11-24T08:00:00+07:00'));
  });

  it('does not depend on the machine’s time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = tz;
        expect(nextMorning(at('2026-11-23T07:30:00+07:00'))).toBe(at('2026-11-23T08:00:00+07:00'));
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('shows at start, then once at each next 08:00 while the app stays open', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T14:00:00+07:00'));
    const show = vi.fn();
    const schedule = scheduleReminders({ show, intervalMs: 60_000 });
    expect(show).toHaveBeenCalledTimes(1);
    vi.setSystemTime(new Date('2026-11-24T07:59:00+07:00'));
    vi.advanceTimersByTime(60_000); // the check a minute later runs at 08:00
    expect(show).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(60 * 60_000);
    expect(show).toHaveBeenCalledTimes(2);
    vi.setSystemTime(new Date('2026-11-25T09:30:00+07:00')); // the machine slept through 08:00
    vi.advanceTimersByTime(60_000);
    expect(show).toHaveBeenCalledTimes(3);
    schedule.stop();
    vi.setSystemTime(new Date('2026-11-26T09:30:00+07:00'));
    vi.advanceTimersByTime(10 * 60_000);
    expect(show).toHaveBeenCalledTimes(3);
  });
});

describe('the digest (reminders.digest) and the switch in Cài đặt', () => {
  function office() {
    const t = openFollowUpDb();
    open.push(t);
    const handlers = createHandlers(t.services, { version: '0-test', databasePath: t.file });
    return { t, call: (channel: string, input: unknown = {}) => dispatch(handlers, channel, input) };
  }

  it('counts the overdue and the due-soon tasks, the most urgent first, done ones left out', async () => {
    const { call } = office();
    const result = await call('reminders.digest');
    expect(result.ok).toBe(true);
    const digest = (result as { value: ReminderDigest }).value;
    expect(digest).toMatchObject({ today: TODAY, enabled: true, overdue: 2, dueSoon: 3 });
    expect(digest.items.map((x) => x.conclusionId)).toEqual([
      ids.overdue,
      ids.dueSunday,
      ids.noStatusToday,
      ids.dueNextSunday,
      ids.dueIn7,
    ]);
    expect(reminderText(digest)).toEqual({
      title: 'Sổ Họp: nhiệm vụ cần theo dõi',
      body: expect.stringMatching(
        /^2 nhiệm vụ quá hạn, 3 nhiệm vụ đến hạn trong 7 ngày tới\.\nQuá hạn: Nhiệm vụ 2/,
      ),
    });
  });

  it('is empty, and says nothing, once reminders are turned off; on again, it counts', async () => {
    const { t, call } = office();
    await expect(call('reminders.saveSettings', { enabled: false })).resolves.toEqual({
      ok: true,
      value: { enabled: false },
    });
    expect(t.db.prepare("SELECT value FROM settings WHERE key = 'reminders'").get()).toEqual({
      value: '{"enabled":false}',
    });
    const off = (await call('reminders.digest')) as { value: ReminderDigest };
    expect(off.value).toMatchObject({ enabled: false, overdue: 0, dueSoon: 0, items: [] });
    expect(reminderText(off.value)).toBeNull();
    await call('reminders.saveSettings', { enabled: true });
    await expect(call('reminders.settings')).resolves.toEqual({ ok: true, value: { enabled: true } });
    expect(((await call('reminders.digest')) as { value: ReminderDigest }).value.overdue).toBe(2);
  });
});
