// What the attendances say about people: their current title and unit (from the latest meeting that
// names one), and the meetings they appear in, for the directory and the duplicate check.
import type { AttendanceSeen, PersonStanding } from '../../../shared/directory';
import type { Db } from '../types';

const IDS = 'SELECT value FROM json_each(?)';

interface LatestRow {
  person_id: string;
  title_key: string | null;
  unit_key: string | null;
}

/**
 * The latest attendance of each person, one pass over the covering indexes of migration 0006 (no meeting
 * or attendance row is read), grouped by person in index order: no sort. The latest is the greatest key
 * `starts_at ␁ (inverted seq) ␁ value` (␁ = char(1), below every character of a date): the newest start,
 * then the first row of that meeting, as ORDER BY starts_at DESC, seq would pick, without a window's sort.
 */
const latestKey = (value: string) =>
  `m.starts_at || char(1) || printf('%012d', 999999999999 - a.seq) || char(1) || ${value}`;
export const LATEST_STANDING_SQL = `
  SELECT a.person_id,
    max(CASE WHEN a.title_on_day <> '' THEN ${latestKey('a.title_on_day')} END) AS title_key,
    max(CASE WHEN a.organization_id IS NOT NULL THEN ${latestKey('a.organization_id')} END) AS unit_key
  FROM meeting_attendees a INDEXED BY meeting_attendees_person_seen
    JOIN meetings m INDEXED BY meetings_id_starts ON m.id = a.meeting_id
  WHERE a.person_id IN (SELECT value FROM json_each(?))
  GROUP BY a.person_id`;

/** [starts_at, value] of a key of LATEST_STANDING_SQL (the value may hold anything, char(1) too). */
export function splitKey(key: string): [string, string] {
  const first = key.indexOf('\u0001');
  return [key.slice(0, first), key.slice(key.indexOf('\u0001', first + 1) + 1)];
}

interface SeenRow {
  meeting_id: string;
  title: string;
  starts_at: string;
  title_on_day: string | null;
  organization_name: string | null;
}

export function createPersonAttendanceRepo(db: Db) {
  const s = {
    latest: db.prepare<[string], LatestRow>(LATEST_STANDING_SQL),
    organizationNames: db.prepare<[string], { id: string; name: string }>(
      `SELECT id, name FROM organizations WHERE id IN (${IDS})`,
    ),
    seen: db.prepare<[string, number], SeenRow>(`
      SELECT m.id AS meeting_id, m.title, m.starts_at, a.title_on_day, o.name AS organization_name
      FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
        LEFT JOIN organizations o ON o.id = a.organization_id
      WHERE a.person_id = ? ORDER BY m.starts_at DESC, a.seq LIMIT ?`),
    meetingCount: db.prepare<[string], { n: number }>(
      'SELECT count(DISTINCT meeting_id) AS n FROM meeting_attendees WHERE person_id = ?',
    ),
    signedDocuments: db.prepare<[string], { n: number }>(
      'SELECT count(DISTINCT document_id) AS n FROM document_signers WHERE person_id = ?',
    ),
  };

  return {
    /** Each person's current title and unit; people never seen in a meeting are absent from the map. */
    standings(personIds: readonly string[]): Map<string, PersonStanding> {
      const out = new Map<string, PersonStanding>();
      if (personIds.length === 0) return out;
      const rows = s.latest.all(JSON.stringify(personIds));
      const units = rows.flatMap((r) => (r.unit_key === null ? [] : [splitKey(r.unit_key)[1]]));
      const names = new Map(
        s.organizationNames.all(JSON.stringify([...new Set(units)])).map((o) => [o.id, o.name]),
      );
      for (const row of rows) {
        const [titleSeenAt, title] = row.title_key === null ? [null, null] : splitKey(row.title_key);
        const organizationId = row.unit_key === null ? null : splitKey(row.unit_key)[1];
        out.set(row.person_id, {
          title,
          titleSeenAt,
          organizationId,
          organizationName: organizationId === null ? null : (names.get(organizationId) ?? null),
        });
      }
      return out;
    },
    /** Every attendance of a person, the latest first, up to `limit` rows. */
    attendances(personId: string, limit: number): AttendanceSeen[] {
      return s.seen.all(personId, limit).map((r) => ({
        meetingId: r.meeting_id,
        meetingTitle: r.title,
        startsAt: r.starts_at,
        titleOnDay: r.title_on_day || null,
        organizationName: r.organization_name,
      }));
    },
    meetingCount(personId: string): number {
      return s.meetingCount.get(personId)?.n ?? 0;
    },
    signedDocuments(personId: string): number {
      return s.signedDocuments.get(personId)?.n ?? 0;
    },
  };
}

export type PersonAttendanceRepo = ReturnType<typeof createPersonAttendanceRepo>;
