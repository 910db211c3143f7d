// Lịch công tác tuần from the meetings recorded: each day of the week with its meetings in time order,
// the chair and attendees with their titles of that day, and the leaders who chair any of them.
import type { Meeting } from '../../../shared/exchange';
import type {
  ScheduleDay,
  ScheduleItem,
  ScheduleLeader,
  SchedulePerson,
  WeekSchedule,
  WeekScheduleQuery,
} from '../../../shared/schedule';
import { weekScheduleQuerySchema } from '../../../shared/schedule';
import { meetingIdsBetween } from '../../db/repos/week';
import type { Services } from '../../services';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const CHAIR_ROLES = new Set(['chair', 'co-chair']);
const ATTENDING_ROLES = new Set(['attendee', 'guest']);

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function addDays(date: string, n: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** Monday of the week holding `date` (weeks run Monday to Sunday). */
export function mondayOf(date: string): string {
  return addDays(date, -((utc(date).getUTCDay() + 6) % 7));
}

export const weekdayOf = (date: string): string => WEEKDAYS[utc(date).getUTCDay()] as string;

/** `HH:mm` of a stored instant (written in Vietnam time, `…T14:00:00+07:00`). */
const clock = (instant: string) => instant.slice(11, 16);

function personOf(services: Services, personId: string, position: string | undefined): SchedulePerson {
  // A person in the Thùng rác still attended: the record is gone, the meeting keeps the reference.
  const name = services.ctx.repos.people.get(personId)?.fullName ?? '(cán bộ đã xóa)';
  return { personId, name, position: position?.trim() ?? '' };
}

function itemOf(services: Services, id: string, meeting: Meeting): ScheduleItem {
  const attendees = meeting.attendees ?? [];
  const organizers = meeting.organizerIds.map((oid) => services.ctx.repos.organizations.get(oid)?.name ?? '');
  return {
    meetingId: id,
    time: clock(meeting.startsAt),
    endTime: meeting.endsAt ? clock(meeting.endsAt) : null,
    title: meeting.title,
    place: meeting.location ?? '',
    chairs: attendees
      .filter((a) => CHAIR_ROLES.has(a.role))
      .map((a) => personOf(services, a.personId, a.position)),
    attendees: attendees
      .filter((a) => ATTENDING_ROLES.has(a.role))
      .map((a) => personOf(services, a.personId, a.position)),
    groups: meeting.attendeeGroups ?? [],
    organizers: organizers.filter(Boolean),
  };
}

function leadersOf(days: ScheduleDay[]): ScheduleLeader[] {
  const leaders = new Map<string, ScheduleLeader>();
  for (const day of days)
    for (const item of day.items)
      for (const chair of item.chairs)
        if (!leaders.has(chair.personId))
          leaders.set(chair.personId, { personId: chair.personId, name: chair.name, meetings: [] });
  for (const day of days)
    for (const item of day.items)
      for (const leader of leaders.values()) {
        const chairs = item.chairs.some((p) => p.personId === leader.personId);
        const attends = item.attendees.some((p) => p.personId === leader.personId);
        if (chairs || attends)
          leader.meetings.push({
            meetingId: item.meetingId,
            date: day.date,
            role: chairs ? 'chair' : 'attendee',
          });
      }
  return [...leaders.values()];
}

export function weekSchedule(services: Services, rawQuery: WeekScheduleQuery): WeekSchedule {
  const query = weekScheduleQuerySchema.parse(rawQuery);
  const from = mondayOf(query.date);
  const to = addDays(from, 6);
  const days: ScheduleDay[] = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(from, i);
    return { date, weekday: weekdayOf(date), items: [] };
  });
  const byDate = new Map(days.map((d) => [d.date, d]));
  for (const id of meetingIdsBetween(services.ctx.db, from, addDays(to, 1))) {
    const meeting = services.meetings.get(id);
    if (
      query.personId &&
      !(meeting.attendees ?? []).some(
        (a) => a.personId === query.personId && (CHAIR_ROLES.has(a.role) || ATTENDING_ROLES.has(a.role)),
      )
    )
      continue;
    byDate.get(meeting.startsAt.slice(0, 10))?.items.push(itemOf(services, id, meeting));
  }
  return {
    from,
    to,
    days,
    leaders: leadersOf(days),
    total: days.reduce((n, d) => n + d.items.length, 0),
  };
}
