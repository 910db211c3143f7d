// What the attendances say about people: their current title and unit (from the latest meeting that
// names one), and the meetings they appear in, for the directory and the duplicate check.
import type { AttendanceSeen, PersonStanding } from '../../../shared/directory';
import type { Db } from '../types';

const IDS = 'SELECT value FROM json_each(?)';

interface LatestRow {
  person_id: string;
  value: string;
  starts_at: string;
  name: string | null;
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
    latestTitles: db.prepare<[string], LatestRow>(`
      SELECT person_id, value, starts_at, NULL AS name FROM (
        SELECT a.person_id, a.title_on_day AS value, m.starts_at,
          row_number() OVER (PARTITION BY a.person_id ORDER BY m.starts_at DESC, a.seq) AS rn
        FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.person_id IN (${IDS}) AND a.title_on_day IS NOT NULL AND a.title_on_day <> ''
      ) WHERE rn = 1`),
    latestUnits: db.prepare<[string], LatestRow>(`
      SELECT person_id, value, starts_at, name FROM (
        SELECT a.person_id, a.organization_id AS value, m.starts_at, o.name,
          row_number() OVER (PARTITION BY a.person_id ORDER BY m.starts_at DESC, a.seq) AS rn
        FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
          JOIN organizations o ON o.id = a.organization_id
        WHERE a.person_id IN (${IDS})
      ) WHERE rn = 1`),
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
      const ids = JSON.stringify(personIds);
      const entry = (id: string) => {
        let standing = out.get(id);
        if (!standing) {
          standing = { title: null, titleSeenAt: null, organizationId: null, organizationName: null };
          out.set(id, standing);
        }
        return standing;
      };
      for (const row of s.latestTitles.all(ids)) {
        const standing = entry(row.person_id);
        standing.title = row.value;
        standing.titleSeenAt = row.starts_at;
      }
      for (const row of s.latestUnits.all(ids)) {
        const standing = entry(row.person_id);
        standing.organizationId = row.value;
        standing.organizationName = row.name;
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
