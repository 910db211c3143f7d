// Counts for the dashboard's charts (done / on track / overdue, per lead unit or per month of the
// meeting) and the rows of the report on conclusions, both over the list's filter.
import type { ParsedTaskFilter } from '../../../shared/tasks';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../types';
import { taskWhere } from './task-filter';
import { TASK_COLUMNS, type TaskRow } from './tasks';

export interface StatsCountRow {
  key: string | null;
  done: number;
  on_track: number;
  overdue: number;
}

export type ReportRow = TaskRow;

const OPEN = "(c.status IN ('open', 'in-progress') OR c.status IS NULL)";
const counts = `sum(c.status = 'done') AS done,
  sum(${OPEN} AND (c.due_date IS NULL OR c.due_date >= @today)) AS on_track,
  sum(${OPEN} AND c.due_date < @today) AS overdue`;

/**
 * Per lead unit, over the covering indexes only (reading the conclusions' rows, which hold their text,
 * made this 0.2–1.4 s at ten years): the tasks of each lead unit, through the unit index and each task's
 * (id, kind, status, due date); then the tasks without a lead unit (a row only when there are some).
 * A task with two lead units counts for both, as it does in the list of each.
 */
export function byUnitSql(where: string): string {
  return `SELECT a.organization_id AS key, ${counts} FROM conclusion_assignees a
      JOIN conclusions c ON c.id = a.conclusion_id WHERE a.role = 'lead' AND ${where} GROUP BY a.organization_id
    UNION ALL
    SELECT NULL AS key, ${counts} FROM conclusions c INDEXED BY conclusions_id_task
      WHERE ${where} AND c.id NOT IN (SELECT conclusion_id FROM conclusion_assignees WHERE role = 'lead')
      HAVING count(*) > 0`;
}

/** Per `YYYY-MM` of the meeting (the meeting's start read through its id index, not from its row). */
export function byMonthSql(where: string): string {
  return `SELECT substr(m.starts_at, 1, 7) AS key, ${counts} FROM conclusions c
    JOIN meetings m INDEXED BY meetings_id_starts ON m.id = c.meeting_id WHERE ${where} GROUP BY key ORDER BY key`;
}

/** `?` placeholders → numbered ones, so the shared filter can sit beside the named `@today`. */
function numbered(sql: string, params: (string | number)[]): { sql: string; bind: Record<string, unknown> } {
  let i = 0;
  const bind: Record<string, unknown> = {};
  const out = sql.replace(/\?/g, () => {
    bind[`p${i}`] = params[i];
    return `@p${i++}`;
  });
  return { sql: out, bind };
}

export function createTaskStatsRepo(db: Db) {
  const chair = db.prepare<[string], { full_name: string }>(
    `SELECT p.full_name FROM meeting_attendees a JOIN people p ON p.id = a.person_id
     WHERE a.meeting_id = ? AND a.role = 'chair' ORDER BY a.seq LIMIT 1`,
  );
  // A filter gives one of a few dozen statements: each is prepared once.
  const prepared = new Map<string, Statement>();
  const cached = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  return {
    /** The name of who chaired the meeting (the first chair), or null. */
    chairName(meetingId: string): string | null {
      return chair.get(meetingId)?.full_name ?? null;
    },
    /** One row per lead unit (null: tasks without one) or per `YYYY-MM` of the meeting. */
    counts(filter: Partial<ParsedTaskFilter>, today: string, by: 'unit' | 'month'): StatsCountRow[] {
      // The chart's own three groups replace the list's status filter.
      const [where] = taskWhere({ ...filter, filter: 'all', statuses: undefined }, today);
      if (!where) return [];
      const { sql, bind } = numbered(where.sql, where.params);
      const query = by === 'unit' ? byUnitSql(sql) : byMonthSql(sql);
      return cached(query).all({ ...bind, today }) as StatsCountRow[];
    },
    /** Every task the filter keeps, in the order of their meetings and of the conclusions in each. */
    reportRows(filter: Partial<ParsedTaskFilter>, today: string, limit: number): ReportRow[] {
      const branches = taskWhere(filter, today);
      if (branches.length === 0) return [];
      const where = branches.map((b) => `(${b.sql})`).join(' OR ');
      return db
        .prepare(
          `SELECT ${TASK_COLUMNS}
          FROM conclusions c JOIN meetings m ON m.id = c.meeting_id
          WHERE ${where} ORDER BY m.starts_at, m.id, c.seq LIMIT ?`,
        )
        .all(...branches.flatMap((b) => b.params), limit) as ReportRow[];
    },
  };
}

export type TaskStatsRepo = ReturnType<typeof createTaskStatsRepo>;
