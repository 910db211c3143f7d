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
  /** Found from a unit, a leader or meetings first: a few thousand tasks at most, any status. */
  fewFirst?: boolean;
}

/** `date` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Midnight at the start of a Vietnam calendar day, as meetings store their start (+07:00). */
const startOfDay = (date: string) => `${date}T00:00:00+07:00`;

const openStatuses: readonly TaskStatus[] = ['open', 'in-progress'];
const anyStatus: readonly TaskStatus[] = ['open', 'in-progress', 'done', 'cancelled'];
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
export function taskWhere(
  f: Partial<ParsedTaskFilter>,
  today: string,
  /** Any status as one branch per status too (the list's pages need it; counts do not). */
  splitAny = false,
): TaskWhere[] {
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
  const listed = f.statuses?.length
    ? f.statuses.filter((st) => !byFilter || byFilter.includes(st))
    : byFilter;
  const common = where.join(' AND ');
  // With a unit, a leader, meetings (by id, dates or title) named, their tasks are found first and their
  // status checked after, in one pass (the unary + keeps SQLite from walking every task of the status
  // index, which would read each one's meeting from the table).
  const fewFirst = Boolean(
    f.organizationId ||
    f.leadId ||
    f.supportId ||
    f.meetingId ||
    f.chairId ||
    f.organizerId ||
    f.meetingFrom ||
    f.meetingTo ||
    f.text?.trim(),
  );
  if (listed === null && (fewFirst || !splitAny)) return [{ sql: common, params, fewFirst }];
  const allowed = listed ?? anyStatus;
  if (fewFirst) {
    const list = allowed.map(() => '?').join(', ');
    const status = allowed.includes('open')
      ? `(+c.status IN (${list}) OR c.status IS NULL)`
      : `+c.status IN (${list})`;
    return allowed.length
      ? [{ sql: `${common} AND ${status}`, params: [...params, ...allowed], fewFirst }]
      : [];
  }
  // One branch per status: each is one range of the index, already in the list's order (see taskPageSql).
  const branches: TaskWhere[] = allowed.map((st) => ({
    sql: `${common} AND c.status = ?`,
    params: [...params, st],
  }));
  if (allowed.includes('open')) branches.push({ sql: `${common} AND c.status IS NULL`, params });
  return branches;
}

/** How many tasks the branches keep (they never overlap); `dated`: only those with a due date. */
export function taskCountSql(branches: TaskWhere[], dated = false): string {
  const only = dated ? ' AND c.due_date IS NOT NULL' : '';
  return `SELECT ${branches.map((b) => `(SELECT count(*) FROM conclusions c WHERE ${b.sql}${only})`).join(' + ')} AS n`;
}

/**
 * The rowids of one page of the list's order — earliest due date first, then as recorded, tasks without
 * a due date last — in two parts: the `dated` tasks, then the `undated` ones. A branch of one status
 * reads its range of the partial index (status, due_date) already in that order, so SQLite merges the
 * branches (MERGE (UNION ALL)) and stops after the page instead of sorting every match. Parameters:
 * each branch's, then LIMIT and OFFSET.
 */
export function taskPageSql(branches: TaskWhere[], part: 'dated' | 'undated'): string {
  const which = part === 'dated' ? 'c.due_date IS NOT NULL' : 'c.due_date IS NULL';
  const arms = branches.map(
    (b) => `SELECT c.rowid AS rid, c.due_date AS due_date FROM conclusions c WHERE ${b.sql} AND ${which}`,
  );
  return `${arms.join(' UNION ALL ')} ORDER BY ${part === 'dated' ? 'due_date, rid' : 'rid'} LIMIT ? OFFSET ?`;
}

/**
 * A unit's, a leader's or some meetings' tasks (a few thousand at most), all of them, as rowids in the
 * list's order: found through the covering indexes and sorted by SQLite (no row read). The caller keeps
 * the answer until a write and pages through it. Parameters: the branch's.
 */
export function taskFewOrderSql(branch: TaskWhere): string {
  return `SELECT c.rowid FROM conclusions c WHERE ${branch.sql}
    ORDER BY c.due_date IS NULL, c.due_date, c.rowid`;
}
