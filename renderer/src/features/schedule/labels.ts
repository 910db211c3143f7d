// How the week's schedule writes dates, times and people on screen (as the printed schedule does).
import type { ScheduleItem, SchedulePerson } from '../../../../shared/schedule';

/** `11/01/2021` from `2021-01-11`. */
export const dmy = (date: string): string => date.split('-').reverse().join('/');

/** `14h00` or `14h00 - 16h30`. */
export const timeText = (item: ScheduleItem): string =>
  `${item.time.replace(':', 'h')}${item.endTime ? ` - ${item.endTime.replace(':', 'h')}` : ''}`;

export const personText = (p: SchedulePerson): string => (p.position ? `${p.name}, ${p.position}` : p.name);

/** `YYYY-MM-DD` of a day `n` days after `date`. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Today in Vietnam (UTC+07:00), `YYYY-MM-DD`. */
export const todayInVietnam = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
