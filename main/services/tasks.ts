// Kết luận & nhiệm vụ across meetings, and the figures of Tổng quan.
import type { Page } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { richTextToPlain, type RichTextNode } from '../../shared/rich-text';
import {
  taskListQuerySchema,
  taskUpdateSchema,
  type DashboardSummary,
  type TaskDetail,
  type TaskListQuery,
  type TaskSummary,
  type TaskUpdate,
} from '../../shared/tasks';
import { fromJson } from '../db/repos/rows';
import { createTaskRepo, parseIds, type TaskRow } from '../db/repos/tasks';
import type { ServiceContext } from './context';
import { writing } from './guards';

/** Monday and the following Monday of the week holding `date` (YYYY-MM-DD). */
export function weekOf(date: string): { start: string; next: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  return { start: monday.toISOString().slice(0, 10), next: next.toISOString().slice(0, 10) };
}

function toSummary(r: TaskRow, day: string): TaskSummary {
  return {
    conclusionId: r.id,
    meetingId: r.meeting_id,
    meetingTitle: r.meeting_title,
    meetingStartsAt: r.meeting_starts_at,
    order: r.item_order,
    text: richTextToPlain(fromJson<RichTextNode>(r.text)),
    dueDate: r.due_date,
    status: r.status,
    leadIds: parseIds(r.lead_ids),
    supportIds: parseIds(r.support_ids),
    overdue: (r.status === 'open' || r.status === 'in-progress') && r.due_date !== null && r.due_date < day,
    lastProgress:
      r.last_progress_date === null ? null : { date: r.last_progress_date, note: r.last_progress_note ?? '' },
  };
}

export function createTaskService({ db, repos, now }: ServiceContext) {
  const repo = createTaskRepo(db);
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

  return {
    list(query: TaskListQuery = {}): Page<TaskSummary> {
      const q = taskListQuerySchema.parse(query);
      const day = today();
      const { rows, total } = repo.list({ ...q, today: day });
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
