// The meetings of a period in time order, for Lịch công tác. Instants are stored with the +07:00 offset,
// so a day's bounds compare as strings (index meetings_starts_id).
import type { Db } from '../types';

export function meetingIdsBetween(db: Db, fromDate: string, toDateExclusive: string): string[] {
  return db
    .prepare<[string, string], { id: string }>(
      'SELECT id FROM meetings WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id',
    )
    .all(fromDate, toDateExclusive)
    .map((r) => r.id);
}
