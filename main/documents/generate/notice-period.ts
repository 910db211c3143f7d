// Quyết định 45/2018/QĐ-TTg: an invitation reaches the invitees at least 3 working days before the
// meeting (urgent meetings excepted). Working days here are Monday to Friday; public holidays are not
// known to the app, so around them the count is generous and the secretary judges.
import type { DraftWarning } from '../../../shared/domain';

export const MIN_NOTICE_WORKING_DAYS = 3;

const dayNumber = (isoDate: string): number => {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Working days after `sentOn` and before `meetingOn` (both `YYYY-MM-DD…`, Vietnam dates as stored). */
export function workingDaysBetween(sentOn: string, meetingOn: string): number {
  const from = dayNumber(sentOn);
  const to = dayNumber(meetingOn);
  let n = 0;
  for (let day = from + 1; day < to; day++) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4)
    if (weekday !== 0 && weekday !== 6) n++;
  }
  return n;
}

/** The warning for an invitation sent on `sentOn` to a meeting starting at `startsAt`, if it is late. */
export function noticeWarning(sentOn: string, startsAt: string): DraftWarning | null {
  if (dayNumber(startsAt) <= dayNumber(sentOn))
    return {
      code: 'W_INVITATION_AFTER_MEETING',
      message: 'Cuộc họp đã diễn ra hoặc diễn ra hôm nay: giấy mời không còn kịp gửi.',
    };
  const days = workingDaysBetween(sentOn, startsAt);
  if (days >= MIN_NOTICE_WORKING_DAYS) return null;
  return {
    code: 'W_INVITATION_LATE',
    message: `Giấy mời cần đến người được mời ít nhất ${MIN_NOTICE_WORKING_DAYS} ngày làm việc trước cuộc họp (Quyết định 45/2018/QĐ-TTg); nếu gửi hôm nay chỉ còn ${days} ngày làm việc.`,
  };
}
