// Lịch công tác tuần: the week's meetings by day and by leader, built from the meetings recorded, and
// printed as the office's weekly schedule (Thứ/ngày | Giờ | Nội dung | Chủ trì | Thành phần | Địa điểm).
import { z } from 'zod';
import { dateSchema, idSchema } from './exchange';

export const weekScheduleQuerySchema = z.object({
  /** Any day of the week wanted (Monday to Sunday, Vietnam time). */
  date: dateSchema,
  /** Only the meetings this person chairs or attends. */
  personId: idSchema.optional(),
});
export type WeekScheduleQuery = z.input<typeof weekScheduleQuerySchema>;

export const weekScheduleDocxSchema = weekScheduleQuerySchema.extend({
  /** The body issuing the schedule; the office's default issuer (Cài đặt) when absent. */
  issuerId: idSchema.optional(),
});
export type WeekScheduleDocxQuery = z.input<typeof weekScheduleDocxSchema>;

export const saveWeekScheduleSchema = weekScheduleDocxSchema.extend({ path: z.string().min(1).max(4000) });

/** A person as the schedule prints them: `đồng chí Nguyễn Đức Trung, Chủ tịch UBND tỉnh`. */
export interface SchedulePerson {
  personId: string;
  name: string;
  /** The title of the day (as recorded in that meeting), or ''. */
  position: string;
}

export interface ScheduleItem {
  meetingId: string;
  /** `HH:mm` (Vietnam time); `HH:mm` of the end, or null. */
  time: string;
  endTime: string | null;
  title: string;
  place: string;
  chairs: SchedulePerson[];
  /** Attendees (not the chair, not the absent), then the groups named without members. */
  attendees: SchedulePerson[];
  groups: string[];
  organizers: string[];
}

export interface ScheduleDay {
  /** YYYY-MM-DD. */
  date: string;
  /** `Thứ Hai` … `Chủ nhật`. */
  weekday: string;
  items: ScheduleItem[];
}

export interface ScheduleLeader {
  personId: string;
  name: string;
  /** The meetings of the week this leader chairs (`chair`) or attends (`attendee`), in time order. */
  meetings: { meetingId: string; date: string; role: 'chair' | 'attendee' }[];
}

export interface WeekSchedule {
  /** Monday and Sunday of the week, YYYY-MM-DD. */
  from: string;
  to: string;
  days: ScheduleDay[];
  /** Who chairs a meeting of the week, with every meeting of the week they chair or attend. */
  leaders: ScheduleLeader[];
  total: number;
}

export interface ScheduleFile {
  fileName: string;
  dataBase64: string;
  meetings: number;
}
