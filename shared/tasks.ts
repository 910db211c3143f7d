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

/**
 * open: not done nor cancelled; overdue: open and past its due date; due-soon: open and due within
 * DUE_SOON_DAYS (today included); on-track: open and not overdue; done: done or cancelled; all.
 */
export const taskFilters = ['open', 'overdue', 'due-soon', 'on-track', 'done', 'all'] as const;
export type TaskFilter = (typeof taskFilters)[number];

/** "Sắp đến hạn": due today or within the next 7 days. */
export const DUE_SOON_DAYS = 7;

const idList = (max: number) => z.array(idSchema).max(max);

/** Which tasks: the same filter serves the list, the charts and the report (server-side, in SQL). */
export const taskFilterSchema = z.object({
  filter: z.enum(taskFilters).default('open'),
  /** A unit assigned in any role (lead or support). */
  organizationId: idSchema.optional(),
  leadId: idSchema.optional(),
  supportId: idSchema.optional(),
  /** Exact statuses, on top of `filter`. */
  statuses: z.array(z.enum(taskStatuses)).min(1).max(4).optional(),
  dueFrom: dateSchema.optional(),
  dueTo: dateSchema.optional(),
  /** The leader who chaired (or co-chaired) the meeting. */
  chairId: idSchema.optional(),
  meetingId: idSchema.optional(),
  /** The body that held the meeting. */
  organizerId: idSchema.optional(),
  /** The meeting's date (Vietnam time), inclusive. */
  meetingFrom: dateSchema.optional(),
  meetingTo: dateSchema.optional(),
  text: z.string().max(200).optional(),
});
export type TaskFilterQuery = z.input<typeof taskFilterSchema>;
export type ParsedTaskFilter = z.output<typeof taskFilterSchema>;

export const taskListQuerySchema = taskFilterSchema.extend({
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
  /** Open and due within DUE_SOON_DAYS (today included). */
  dueSoon: boolean;
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

/** Many tasks at once to one status (rows selected in the list), in one transaction. */
export const taskBulkStatusSchema = z.object({
  conclusionIds: idList(500).min(1, { error: 'chưa chọn nhiệm vụ nào' }),
  status: z.enum(taskStatuses),
});
export type TaskBulkStatus = z.input<typeof taskBulkStatusSchema>;

/** Gives tasks to other units: the lead and support units replace the old ones. */
export const taskReassignSchema = z
  .object({
    conclusionIds: idList(500).min(1, { error: 'chưa chọn nhiệm vụ nào' }),
    leadIds: idList(20).min(1, { error: 'cần ít nhất một đơn vị chủ trì' }),
    supportIds: idList(50).default([]),
  })
  .refine((r) => !r.supportIds.some((id) => r.leadIds.includes(id)), {
    error: 'một đơn vị không thể vừa chủ trì vừa phối hợp',
    path: ['supportIds'],
  });
export type TaskReassign = z.input<typeof taskReassignSchema>;

export interface TasksChanged {
  updated: number;
}

/** Dashboard charts: tasks done / on track / overdue, per lead unit or per month of the meeting. */
export const taskStatsQuerySchema = taskFilterSchema.extend({ by: z.enum(['unit', 'month']) });
export type TaskStatsQuery = z.input<typeof taskStatsQuerySchema>;

export interface TaskStatsRow {
  /** The lead unit's id ('' for tasks without one), or the month `YYYY-MM`. */
  key: string;
  label: string;
  done: number;
  onTrack: number;
  overdue: number;
}

/** What the reminders show: open tasks past their date or due within DUE_SOON_DAYS. */
export interface ReminderDigest {
  today: string;
  enabled: boolean;
  overdue: number;
  dueSoon: number;
  /** The most urgent few, earliest due date first. */
  items: TaskSummary[];
}

export const reminderSettingsSchema = z.object({ enabled: z.boolean().default(true) });
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;
