// Task conclusions across meetings (the list, one task, its follow-up writes) and the dashboard's figures.
import type { MeetingKind, TaskStatus } from '../../../shared/exchange';
import type { MeetingBrief, ParsedTaskFilter } from '../../../shared/tasks';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../types';
import { fromJson } from './rows';
import { createKeptAnswers } from './kept-answers';
import { taskCountSql, taskFewOrderSql, taskPageSql, taskWhere } from './task-filter';
import { createWriteVersion } from './write-version';

export interface TaskRow {
  id: string;
  meeting_id: string;
  meeting_title: string;
  meeting_starts_at: string;
  item_order: number;
  text: string;
  due_date: string | null;
  status: TaskStatus;
  /** JSON array of `lead <organization id>` / `support <organization id>`, in their order. */
  units: string;
  /** JSON `[date, note]` of the latest progress note, or null. */
  last_progress: string | null;
}

export interface TaskDetailRow extends TaskRow {
  kind: 'assessment' | 'direction' | 'task';
  updated_at: string;
}

export interface TaskQuery {
  filter: Partial<ParsedTaskFilter>;
  today: string;
  offset: number;
  limit: number;
}

/** Filters whose answers are kept at once (the task page, Tổng quan's figures, a few units). */
const KEPT_FILTERS = 24;

const FROM = 'FROM conclusions c JOIN meetings m ON m.id = c.meeting_id';
// One subquery each for the units (both roles) and the latest note: each is a search per row.
export const TASK_COLUMNS = `c.id, c.meeting_id, m.title AS meeting_title, m.starts_at AS meeting_starts_at, c.item_order,
  c.text, c.due_date, coalesce(c.status, 'open') AS status,
  (SELECT json_group_array(role || ' ' || organization_id) FROM (SELECT role, organization_id
    FROM conclusion_assignees WHERE conclusion_id = c.id ORDER BY seq)) AS units,
  (SELECT json_array(date, note) FROM conclusion_progress WHERE conclusion_id = c.id
    ORDER BY seq DESC LIMIT 1) AS last_progress`;

/** The meetings changed last (Tổng quan), read in the order of the index on updated_at: no scan, no sort. */
export const RECENT_MEETINGS_SQL =
  'SELECT id, title, kind, starts_at, location FROM meetings ORDER BY updated_at DESC, id LIMIT ?';

export function createTaskRepo(db: Db) {
  const countDrafts = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM documents WHERE status = 'draft'",
  );
  const between = db.prepare<[string, string], BriefRow>(
    `SELECT id, title, kind, starts_at, location FROM meetings
     WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id LIMIT 50`,
  );
  const recent = db.prepare<[number], BriefRow>(RECENT_MEETINGS_SQL);
  const detail = db.prepare<[string], TaskDetailRow>(
    `SELECT ${TASK_COLUMNS}, c.kind, c.updated_at ${FROM} WHERE c.id = ?`,
  );
  const progress = db.prepare<[string], { date: string; note: string }>(
    'SELECT date, note FROM conclusion_progress WHERE conclusion_id = ? ORDER BY seq',
  );
  const setFollowUp = db.prepare<[string, string | null, string, string]>(
    'UPDATE conclusions SET status = ?, due_date = ?, updated_at = ? WHERE id = ?',
  );
  const appendProgress = db.prepare<[string, string, string, string]>(
    `INSERT INTO conclusion_progress (conclusion_id, seq, date, note)
     VALUES (?, (SELECT coalesce(max(seq), -1) + 1 FROM conclusion_progress WHERE conclusion_id = ?), ?, ?)`,
  );
  const touchMeeting = db.prepare<[string, string]>('UPDATE meetings SET updated_at = ? WHERE id = ?');

  // Filters combine into a few dozen distinct statements: each is prepared once.
  const prepared = new Map<string, Statement<unknown[], unknown>>();
  const cached = <R>(sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare<unknown[], unknown>(sql)));
    return statement as Statement<unknown[], R>;
  };

  // A filter's total, and a unit's, a leader's or some meetings' tasks in the list's order, kept until
  // anything is written: paging through a list, or coming back to it, asks the same again.
  const kept = createKeptAnswers<number | number[]>(createWriteVersion(db), KEPT_FILTERS);
  const keptFor = <T extends number | number[]>(
    what: string,
    sql: string,
    params: unknown[],
    compute: () => T,
  ) => kept.get(`${what}\u0000${sql}\u0000${JSON.stringify(params)}`, compute) as T;

  return {
    list(q: TaskQuery): { rows: TaskRow[]; total: number } {
      const branches = taskWhere(q.filter, q.today, true);
      if (branches.length === 0) return { rows: [], total: 0 };
      const params = branches.flatMap((b) => b.params);
      const count = (dated: boolean) => {
        const sql = taskCountSql(branches, dated);
        return keptFor('count', sql, params, () => cached<{ n: number }>(sql).get(...params)?.n ?? 0);
      };
      const page = (part: 'dated' | 'undated', limit: number, offset: number) =>
        cached<{ rid: number }>(taskPageSql(branches, part))
          .all(...params, limit, offset)
          .map((r) => r.rid);
      // The page is chosen from the indexes alone; only its rows are read and given their columns.
      let rids: number[];
      let total: number;
      const [only] = branches;
      if (branches.length === 1 && only?.fewFirst) {
        // A unit's, a leader's or some meetings' tasks (a few thousand): all of them in the list's order
        // from one statement over the covering indexes, kept; each page is then a slice of it.
        const sql = taskFewOrderSql(only);
        const order = keptFor('order', sql, params, () =>
          cached<number>(sql)
            .pluck()
            .all(...params),
        );
        total = order.length;
        rids = order.slice(q.offset, q.offset + q.limit);
      } else {
        total = count(false);
        rids = page('dated', q.limit, q.offset);
        if (rids.length < q.limit) {
          const dated = rids.length > 0 || q.offset === 0 ? q.offset + rids.length : count(true);
          rids.push(...page('undated', q.limit - rids.length, Math.max(0, q.offset - dated)));
        }
      }
      const byRid = new Map(
        cached<TaskRow & { rid: number }>(
          `SELECT c.rowid AS rid, ${TASK_COLUMNS} ${FROM} WHERE c.rowid IN (SELECT value FROM json_each(?))`,
        )
          .all(JSON.stringify(rids))
          .map(({ rid, ...row }) => [rid, row as TaskRow]),
      );
      const rows = rids.flatMap((rid) => byRid.get(rid) ?? []);
      return { rows, total };
    },
    /** One conclusion (of any kind) with its meeting, or undefined. */
    detail(id: string): TaskDetailRow | undefined {
      return detail.get(id);
    },
    progress(id: string): { date: string; note: string }[] {
      return progress.all(id);
    },
    /** Writes status and due date, appends a note when given, and stamps the conclusion and its meeting. */
    followUp(
      row: Pick<TaskDetailRow, 'id' | 'meeting_id'>,
      change: {
        status: TaskStatus;
        dueDate: string | null;
        note?: { date: string; note: string } | undefined;
      },
      stamp: string,
    ): void {
      setFollowUp.run(change.status, change.dueDate, stamp, row.id);
      if (change.note) appendProgress.run(row.id, row.id, change.note.date, change.note.note);
      touchMeeting.run(stamp, row.meeting_id);
    },
    counts(today: string): { open: number; overdue: number; drafts: number } {
      // One range of the open-tasks index per status (an OR with `status IS NULL` scanned all of it).
      const countTasks = (filter: 'open' | 'overdue') => {
        const branches = taskWhere({ filter }, today, true);
        return (
          cached<{ n: number }>(taskCountSql(branches)).get(...branches.flatMap((b) => b.params))?.n ?? 0
        );
      };
      return {
        open: countTasks('open'),
        overdue: countTasks('overdue'),
        drafts: countDrafts.get()?.n ?? 0,
      };
    },
    meetingsBetween(from: string, to: string): MeetingBrief[] {
      return between.all(from, to).map(toBrief);
    },
    recentMeetings(limit: number): MeetingBrief[] {
      return recent.all(limit).map(toBrief);
    },
  };
}

interface BriefRow {
  id: string;
  title: string;
  kind: MeetingKind;
  starts_at: string;
  location: string | null;
}

const toBrief = (r: BriefRow): MeetingBrief => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  startsAt: r.starts_at,
  location: r.location,
});

/** The lead and support units of a task row, each in its order. */
export function unitsOf(row: Pick<TaskRow, 'units'>): { lead: string[]; support: string[] } {
  const out = { lead: [] as string[], support: [] as string[] };
  for (const unit of fromJson<(string | null)[]>(row.units)) {
    const [role, id] = (unit ?? '').split(' ');
    if (id && (role === 'lead' || role === 'support')) out[role].push(id);
  }
  return out;
}

/** The latest progress note of a task row, or null. */
export function lastProgressOf(row: Pick<TaskRow, 'last_progress'>): { date: string; note: string } | null {
  if (row.last_progress === null) return null;
  const [date, note] = fromJson<[string, string | null]>(row.last_progress);
  return { date, note: note ?? '' };
}

export type TaskRepo = ReturnType<typeof createTaskRepo>;
