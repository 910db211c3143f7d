// Kết luận & nhiệm vụ across meetings, and the figures of Tổng quan.
import type { Page } from '../../shared/domain';
import { richTextToPlain, type RichTextNode } from '../../shared/rich-text';
import {
  taskListQuerySchema,
  type DashboardSummary,
  type TaskListQuery,
  type TaskSummary,
} from '../../shared/tasks';
import { fromJson } from '../db/repos/rows';
import { createTaskRepo, parseIds } from '../db/repos/tasks';
import type { ServiceContext } from './context';

/** Monday and the following Monday of the week holding `date` (YYYY-MM-DD). */
export function weekOf(date: string): { start: string; next: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  return { start: monday.toISOString().slice(0, 10), next: next.toISOString().slice(0, 10) };
}

export function createTaskService({ db, now }: ServiceContext) {
  const repo = createTaskRepo(db);
  const today = () => now().slice(0, 10);
  return {
    list(query: TaskListQuery = {}): Page<TaskSummary> {
      const q = taskListQuerySchema.parse(query);
      const day = today();
      const { rows, total } = repo.list({ ...q, today: day });
      return {
        total,
        offset: q.offset,
        items: rows.map((r) => ({
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
          overdue:
            (r.status === 'open' || r.status === 'in-progress') && r.due_date !== null && r.due_date < day,
        })),
      };
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
