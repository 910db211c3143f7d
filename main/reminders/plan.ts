// When and what to remind: plain functions over an injected clock (epoch milliseconds), so tests pin the
// time. Vietnam is UTC+07:00 all year; the morning is computed there, whatever the machine's time zone.
import { DUE_SOON_DAYS, type ReminderDigest } from '../../shared/tasks';
import type { TaskStatus } from '../../shared/exchange';
import { addDays } from '../db/repos/task-filter';

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
/** The morning reminder's hour, Vietnam time (the start of an office day). */
export const MORNING_HOUR = 8;

/** The Vietnam calendar date (YYYY-MM-DD) at an instant. */
export function vietnamDay(epochMs: number): string {
  return new Date(epochMs + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first `hour`:00 Vietnam time strictly after `epochMs`. */
export function nextMorning(epochMs: number, hour = MORNING_HOUR): number {
  const localMidnight = Math.floor((epochMs + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
  const today = localMidnight + hour * 3_600_000;
  return today > epochMs ? today : today + DAY_MS;
}

/**
 * Whether a task needs a reminder on `today`: `overdue` once its due date has passed, `due-soon` from
 * DUE_SOON_DAYS calendar days before it up to the day itself (weekends count like any day: a deadline
 * is a date). Done and cancelled tasks, and tasks without a due date, never do.
 */
export function reminderKind(
  task: { dueDate: string | null; status: TaskStatus | null },
  today: string,
): 'overdue' | 'due-soon' | null {
  if (task.status === 'done' || task.status === 'cancelled' || !task.dueDate) return null;
  if (task.dueDate < today) return 'overdue';
  return task.dueDate <= addDays(today, DUE_SOON_DAYS) ? 'due-soon' : null;
}

/** The notification's Vietnamese text, or null when there is nothing to say. */
export function reminderText(digest: ReminderDigest): { title: string; body: string } | null {
  if (!digest.enabled || digest.overdue + digest.dueSoon === 0) return null;
  const parts = [
    digest.overdue ? `${digest.overdue} nhiệm vụ quá hạn` : '',
    digest.dueSoon ? `${digest.dueSoon} nhiệm vụ đến hạn trong ${DUE_SOON_DAYS} ngày tới` : '',
  ].filter(Boolean);
  const first = digest.items[0];
  const lead = first ? `\n${first.overdue ? 'Quá hạn' : 'Sắp đến hạn'}: ${first.text.slice(0, 120)}` : '';
  return { title: 'Sổ Họp: nhiệm vụ cần theo dõi', body: `${parts.join(', ')}.${lead}` };
}
