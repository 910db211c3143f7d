// The WHERE clause of a task query, over `conclusions c` alone: every filter that needs another table
// is a subquery on an indexed column (assignees by unit, attendees by person, meetings by date), so a
// count never joins the meetings and each page sorts only conclusions.
import type { TaskStatus } from '../../../shared/exchange';
import { DUE_SOON_DAYS, type ParsedTaskFilter, type TaskFilter } from '../../../shared/tasks';
import { foldVietnamese } from '../../../shared/vietnamese';
import { likePattern } from './rows';

/** A task with no status yet counts as open. */
export const OPEN_SQL = "(c.status IN ('open', 'in-progress') OR c.status IS NULL)";

export interface TaskWhere {
  sql: string;
  params: (string | number)[];
}

/** `date` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Midnight at the start of a Vietnam calendar day, as meetings store their start (+07:00). */
const startOfDay = (date: string) => `${date}T00:00:00+07:00`;

const openStatuses: readonly TaskStatus[] = ['open', 'in-progress'];
const filterStatuses: Record<TaskFilter, readonly TaskStatus[] | null> = {
  open: openStatuses,
  overdue: openStatuses,
  'due-soon': openStatuses,
  'on-track': openStatuses,
  done: ['done', 'cancelled'],
  all: null,
};

/**
 * A task filter as WHERE clauses whose rows never overlap: tasks with one of the wanted statuses, and
 * (when open ones are wanted) tasks without a status, which count as open. Each clause searches the
 * partial index on (status, due_date); an `OR status IS NULL` would make SQLite scan all of it.
 * No clause means no task can match.
 */
export function taskWhere(f: Partial<ParsedTaskFilter>, today: string): TaskWhere[] {
  const filter = f.filter ?? 'open';
  const where = ["c.kind = 'task'"];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter === 'overdue') add('c.due_date < ?', today);
  if (filter === 'due-soon') add('c.due_date >= ? AND c.due_date <= ?', today, addDays(today, DUE_SOON_DAYS));
  if (filter === 'on-track') add('(c.due_date IS NULL OR c.due_date >= ?)', today);
  if (f.dueFrom) add('c.due_date >= ?', f.dueFrom);
  if (f.dueTo) add('c.due_date <= ?', f.dueTo);
  const assigned = (role: string) =>
    `c.id IN (SELECT conclusion_id FROM conclusion_assignees WHERE organization_id = ?${role})`;
  if (f.organizationId) add(assigned(''), f.organizationId);
  if (f.leadId) add(assigned(" AND role = 'lead'"), f.leadId);
  if (f.supportId) add(assigned(" AND role = 'support'"), f.supportId);
  if (f.meetingId) add('c.meeting_id = ?', f.meetingId);
  if (f.chairId)
    add(
      `c.meeting_id IN (SELECT meeting_id FROM meeting_attendees
        WHERE person_id = ? AND role IN ('chair', 'co-chair'))`,
      f.chairId,
    );
  if (f.organizerId)
    add(
      'c.meeting_id IN (SELECT meeting_id FROM meeting_organizers WHERE organization_id = ?)',
      f.organizerId,
    );
  if (f.meetingFrom || f.meetingTo) {
    const range: string[] = [];
    const values: string[] = [];
    if (f.meetingFrom) {
      range.push('starts_at >= ?');
      values.push(startOfDay(f.meetingFrom));
    }
    if (f.meetingTo) {
      range.push('starts_at < ?');
      values.push(startOfDay(addDays(f.meetingTo, 1)));
    }
    add(`c.meeting_id IN (SELECT id FROM meetings WHERE ${range.join(' AND ')})`, ...values);
  }
  if (f.text?.trim())
    add(
      "c.meeting_id IN (SELECT id FROM meetings WHERE title_folded LIKE ? ESCAPE '\\')",
      likePattern(foldVietnamese(f.text)),
    );

  // Statuses allowed by both the filter and the exact list; null means any.
  const byFilter = filterStatuses[filter];
  const allowed = f.statuses?.length
    ? f.statuses.filter((st) => !byFilter || byFilter.includes(st))
    : byFilter;
  const common = where.join(' AND ');
  if (allowed === null) return [{ sql: common, params }];
  const list = allowed.map(() => '?').join(', ');
  // With a unit, a leader or a meeting named, its few tasks are found first and their status checked
  // after, in one pass (the unary + keeps SQLite from walking every open task of the status index).
  if (f.organizationId || f.leadId || f.supportId || f.meetingId || f.chairId || f.organizerId) {
    const status = allowed.includes('open')
      ? `(+c.status IN (${list}) OR c.status IS NULL)`
      : `+c.status IN (${list})`;
    return allowed.length ? [{ sql: `${common} AND ${status}`, params: [...params, ...allowed] }] : [];
  }
  const branches: TaskWhere[] = [];
  if (allowed.length)
    branches.push({ sql: `${common} AND c.status IN (${list})`, params: [...params, ...allowed] });
  if (allowed.includes('open')) branches.push({ sql: `${common} AND c.status IS NULL`, params });
  return branches;
}

/**
 * The list's order: earliest due date first (none last), then as recorded. Both keys are in the partial
 * index, so a page is sorted without reading the table.
 */
export const TASK_ORDER = 'due_date IS NULL, due_date, rid';
