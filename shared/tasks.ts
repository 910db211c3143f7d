// Conclusions that are tasks, across meetings (Kết luận & nhiệm vụ), and the dashboard's figures.
import { z } from 'zod';
import { idSchema, taskStatuses, type MeetingKind, type TaskStatus } from './exchange';

export const taskFilters = ['open', 'overdue', 'done', 'all'] as const;
export type TaskFilter = (typeof taskFilters)[number];

export const taskListQuerySchema = z.object({
  filter: z.enum(taskFilters).default('open'),
  organizationId: idSchema.optional(),
  text: z.string().max(200).optional(),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type TaskListQuery = z.input<typeof taskListQuerySchema>;

export interface TaskSummary {
  conclusionId: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  order: number;
  /** The conclusion's text as plain text. */
  text: string;
  dueDate: string | null;
  status: TaskStatus;
  leadIds: string[];
  supportIds: string[];
  overdue: boolean;
}

export const openTaskStatuses: readonly TaskStatus[] = ['open', 'in-progress'];
export { taskStatuses };

export interface MeetingBrief {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  location: string | null;
}

export interface DashboardSummary {
  /** Monday to Sunday of the current week, Vietnam time. */
  weekStart: string;
  weekEnd: string;
  meetingsThisWeek: MeetingBrief[];
  recentMeetings: MeetingBrief[];
  openTasks: number;
  overdueTasks: number;
  draftDocuments: number;
}
