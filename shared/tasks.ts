// Conclusions that are tasks, across meetings (Kết luận & nhiệm vụ), and the dashboard's figures.
import { z } from 'zod';
import {
  dateSchema,
  dateTimeSchema,
  idSchema,
  taskStatuses,
  TEXT_LIMITS,
  type MeetingKind,
  type TaskStatus,
} from './exchange';

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
  /** The latest progress note, if any. */
  lastProgress: ProgressNote | null;
}

/** A dated progress note (tiến độ thực hiện), appended to the task's notes in order. */
export interface ProgressNote {
  date: string;
  note: string;
}

/** One task with its progress notes, for following it up from Kết luận & nhiệm vụ. */
export interface TaskDetail extends TaskSummary {
  progress: ProgressNote[];
  /** The conclusion's `updatedAt`: an update made from an older copy is refused (E_CONFLICT). */
  updatedAt: string;
}

/** Follow-up of a task from the list: any of status, due date (null clears it) and a new progress note. */
export const taskUpdateSchema = z
  .object({
    conclusionId: idSchema,
    expectedUpdatedAt: dateTimeSchema.optional(),
    status: z.enum(taskStatuses).optional(),
    dueDate: dateSchema.nullable().optional(),
    note: z
      .object({
        date: dateSchema,
        note: z
          .string()
          .max(TEXT_LIMITS.long, { error: `dài quá ${TEXT_LIMITS.long} ký tự` })
          .refine((v) => v.trim().length > 0, { error: 'không được để trống' }),
      })
      .optional(),
  })
  .refine((u) => u.status !== undefined || u.dueDate !== undefined || u.note !== undefined, {
    error: 'chưa có thay đổi nào (tình trạng, thời hạn hoặc ghi chú tiến độ)',
  });
export type TaskUpdate = z.input<typeof taskUpdateSchema>;

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
