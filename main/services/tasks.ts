// Kết luận & nhiệm vụ across meetings, and the figures of Tổng quan.
import type { Page } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { richTextToPlain, type RichTextNode } from '../../shared/rich-text';
import {
  DUE_SOON_DAYS,
  taskBulkStatusSchema,
  taskListQuerySchema,
  taskReassignSchema,
  taskStatsQuerySchema,
  type TaskBulkStatus,
  type TaskReassign,
  type TasksChanged,
  type TaskStatsQuery,
  type TaskStatsRow,
  taskUpdateSchema,
  type DashboardSummary,
  type TaskDetail,
  type TaskListQuery,
  type TaskSummary,
  type TaskUpdate,
} from '../../shared/tasks';
import { fromJson } from '../db/repos/rows';
import { addDays } from '../db/repos/task-filter';
import { createTaskStatsRepo } from '../db/repos/task-stats';
import { createTaskWriteRepo } from '../db/repos/task-writes';
import { createKeptAnswers } from '../db/repos/kept-answers';
import { createWriteVersion } from '../db/repos/write-version';
import { createTaskRepo, lastProgressOf, unitsOf, type TaskRow } from '../db/repos/tasks';
import type { ServiceContext } from './context';
import { writing } from './guards';

/** Monday and the following Monday of the week holding `date` (YYYY-MM-DD). */
export function weekOf(date: string): { start: string; next: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  return { start: monday.toISOString().slice(0, 10), next: next.toISOString().slice(0, 10) };
}

const isOpen = (status: string) => status === 'open' || status === 'in-progress';

export function toSummary(r: TaskRow, day: string): TaskSummary {
  const units = unitsOf(r);
  return {
    conclusionId: r.id,
    meetingId: r.meeting_id,
    meetingTitle: r.meeting_title,
    meetingStartsAt: r.meeting_starts_at,
    order: r.item_order,
    text: richTextToPlain(fromJson<RichTextNode>(r.text)),
    dueDate: r.due_date,
    status: r.status,
    leadIds: units.lead,
    supportIds: units.support,
    overdue: isOpen(r.status) && r.due_date !== null && r.due_date < day,
    dueSoon:
      isOpen(r.status) &&
      r.due_date !== null &&
      r.due_date >= day &&
      r.due_date <= addDays(day, DUE_SOON_DAYS),
    lastProgress: lastProgressOf(r),
  };
}

/** Chart answers kept at once (Tổng quan asks two; the task page's filters a few more). */
const KEPT_STATS = 20;

/** `YYYY-MM` of the month `months` away from the month holding `date`. */
function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function createTaskService({ db, repos, now }: ServiceContext) {
  const repo = createTaskRepo(db);
  const writes = createTaskWriteRepo(db);
  const stats = createTaskStatsRepo(db);

  /** The tasks named, each checked (exists, is a task); the first that is not refuses them all. */
  function taskKeys(ids: readonly string[]) {
    return [...new Set(ids)].map((id, i) => {
      const key = writes.key(id);
      if (!key)
        throw new AppError('E_NOT_FOUND', `Không tìm thấy nhiệm vụ (mã ${id}).`, {
          path: `conclusionIds[${i}]`,
        });
      if (key.kind !== 'task')
        throw new AppError(
          'E_VALIDATION',
          'Kết luận này không phải là nhiệm vụ nên không theo dõi tiến độ.',
          {
            path: `conclusionIds[${i}]`,
          },
        );
      return key;
    });
  }
  const today = () => now().slice(0, 10);

  function taskRow(id: string) {
    const row = repo.detail(id);
    if (!row) throw new AppError('E_NOT_FOUND', `Không tìm thấy nhiệm vụ (mã ${id}).`);
    if (row.kind !== 'task')
      throw new AppError('E_VALIDATION', 'Kết luận này không phải là nhiệm vụ nên không theo dõi tiến độ.');
    return row;
  }

  function get(id: string): TaskDetail {
    const row = taskRow(id);
    return { ...toSummary(row, today()), progress: repo.progress(id), updatedAt: row.updated_at };
  }

  const keptStats = createKeptAnswers<TaskStatsRow[]>(createWriteVersion(db), KEPT_STATS);

  function countStats(
    by: 'unit' | 'month',
    filter: Omit<ReturnType<typeof taskStatsQuerySchema.parse>, 'by'>,
    day: string,
  ): TaskStatsRow[] {
    if (by === 'month' && !filter.meetingFrom) filter.meetingFrom = `${addMonths(day, -11)}-01`;
    const rows = stats.counts(filter, day, by);
    if (by === 'month')
      return rows.map((r) => ({
        key: r.key ?? '',
        label: `${(r.key ?? '').slice(5, 7)}/${(r.key ?? '').slice(0, 4)}`,
        done: r.done,
        onTrack: r.on_track,
        overdue: r.overdue,
      }));
    return rows
      .map((r) => ({
        key: r.key ?? '',
        label: r.key ? (repos.organizations.get(r.key)?.name ?? '…') : 'Chưa giao đơn vị chủ trì',
        done: r.done,
        onTrack: r.on_track,
        overdue: r.overdue,
      }))
      .sort(
        (a, b) =>
          b.overdue - a.overdue ||
          b.onTrack + b.done - (a.onTrack + a.done) ||
          a.label.localeCompare(b.label, 'vi'),
      );
  }

  return {
    list(query: TaskListQuery = {}): Page<TaskSummary> {
      const q = taskListQuerySchema.parse(query);
      const day = today();
      const { offset, limit, ...filter } = q;
      const { rows, total } = repo.list({ filter, today: day, offset, limit });
      return { total, offset: q.offset, items: rows.map((r) => toSummary(r, day)) };
    },
    /** One task with its progress notes. */
    get,
    /**
     * Follows a task up without opening its meeting: status, due date and/or a new progress note,
     * in one transaction. The conclusion and its meeting get a new `updatedAt` (a merge then carries
     * the change); nothing is written when nothing differs. An update made from an older copy of the
     * task (`expectedUpdatedAt`) is refused with E_CONFLICT.
     */
    update(input: TaskUpdate): TaskDetail {
      const u = taskUpdateSchema.parse(input);
      writing(() =>
        db.transaction(() => {
          const row = taskRow(u.conclusionId);
          if (
            u.expectedUpdatedAt !== undefined &&
            Date.parse(u.expectedUpdatedAt) !== Date.parse(row.updated_at)
          )
            throw new AppError(
              'E_CONFLICT',
              'Nhiệm vụ này vừa được sửa ở nơi khác. Hãy tải lại để xem bản mới rồi cập nhật lại.',
            );
          const status = u.status ?? row.status;
          const dueDate = u.dueDate === undefined ? row.due_date : u.dueDate;
          const note = u.note && { date: u.note.date, note: u.note.note.trim() };
          if (status === row.status && dueDate === row.due_date && !note) return;
          repo.followUp(row, { status, dueDate, note }, now());
          repos.search.flush();
        })(),
      );
      return get(u.conclusionId);
    },
    /** The selected tasks to one status, in one transaction; all or none (an unknown id refuses all). */
    bulkStatus(input: TaskBulkStatus): TasksChanged {
      const u = taskBulkStatusSchema.parse(input);
      return writing(() =>
        db.transaction(() => {
          const stamp = now();
          let updated = 0;
          for (const task of taskKeys(u.conclusionIds)) {
            if ((task.status ?? 'open') === u.status) continue;
            writes.setStatus(task, u.status, stamp);
            updated++;
          }
          return { updated };
        })(),
      );
    },
    /** New lead and support units for the selected tasks (replacing theirs), in one transaction. */
    reassign(input: TaskReassign): TasksChanged {
      const r = taskReassignSchema.parse(input);
      const units = [
        ...r.leadIds.map((organizationId) => ({ organizationId, role: 'lead' as const })),
        ...r.supportIds.map((organizationId) => ({ organizationId, role: 'support' as const })),
      ];
      units.forEach((u, i) => {
        if (repos.organizations.updatedAt(u.organizationId) === undefined) {
          const field = i < r.leadIds.length ? `leadIds[${i}]` : `supportIds[${i - r.leadIds.length}]`;
          throw new AppError('E_VALIDATION', `Không tìm thấy đơn vị (mã ${u.organizationId}).`, {
            path: field,
          });
        }
      });
      const wanted = units.map((u) => `${u.role}:${u.organizationId}`).join(',');
      return writing(() =>
        db.transaction(() => {
          const stamp = now();
          let updated = 0;
          for (const task of taskKeys(r.conclusionIds)) {
            if (writes.units(task.id).join(',') === wanted) continue;
            writes.setUnits(task, units, stamp);
            updated++;
          }
          return { updated };
        })(),
      );
    },
    /**
     * Done / on track / overdue per lead unit or per month of the meeting (the last 12 by default). Kept
     * until anything is written or the day changes: per unit it reads every task (0.15 s at ten years),
     * and Tổng quan asks again each time it is shown.
     */
    stats(query: TaskStatsQuery): TaskStatsRow[] {
      const { by, ...filter } = taskStatsQuerySchema.parse(query);
      const day = today();
      const rows = keptStats.get(JSON.stringify([day, by, filter]), () => countStats(by, filter, day));
      return structuredClone(rows);
    },
    dashboard(): DashboardSummary {
      const day = today();
      const week = weekOf(day);
      const counts = repo.counts(day);
      const sunday = new Date(Date.parse(`${week.next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      return {
        weekStart: week.start,
        weekEnd: sunday,
        meetingsThisWeek: repo.meetingsBetween(week.start, week.next),
        recentMeetings: repo.recentMeetings(8),
        openTasks: counts.open,
        overdueTasks: counts.overdue,
        draftDocuments: counts.drafts,
      };
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
