// Reads the text of one record as the search index needs it (and the snippets of its results show it).
import type { Db, ReadableDb } from '../types';
import { createWriteVersion } from './write-version';

export interface MeetingTextRow {
  id: string;
  title: string;
  starts_at: string;
  location: string | null;
  minutes: string | null;
}
export interface ConclusionTextRow {
  id: string;
  meeting_id: string;
  text: string;
  starts_at: string;
  meeting_title: string;
}
export interface DocumentTextRow {
  id: string;
  summary: string;
  symbol: string | null;
  number: number | null;
  place: string | null;
  body: string;
  issued_on: string | null;
  updated_at: string;
  meeting_id: string | null;
}
export interface ProgrammeTextRow {
  id: string;
  title: string;
  year: number;
}
export interface PersonTextRow {
  id: string;
  full_name: string;
  notes: string | null;
  updated_at: string;
}
export interface OrganizationTextRow {
  id: string;
  name: string;
  symbol: string | null;
  place: string | null;
  updated_at: string;
}

/**
 * A person's title of the day at their latest meeting that names one (newest start, then the first row
 * of that meeting: as the people list's LATEST_STANDING_SQL picks it). Covering indexes only; the
 * sorter keeps one row, without building a key per attendance (half the time of the list's statement).
 */
export const LATEST_TITLE_SQL = `SELECT a.title_on_day
  FROM meeting_attendees a INDEXED BY meeting_attendees_person_seen
    JOIN meetings m INDEXED BY meetings_id_starts ON m.id = a.meeting_id
  WHERE a.person_id = ? AND a.title_on_day <> '' ORDER BY m.starts_at DESC, a.seq, a.title_on_day DESC LIMIT 1`;

export function createSearchSourceRepo(db: Db | ReadableDb) {
  /** One column of every row, as strings. */
  const column = (sql: string) => {
    const statement = db.prepare(sql).pluck();
    return (id: string) => statement.all(id) as string[];
  };
  const s = {
    meeting: db.prepare<[string], MeetingTextRow>(
      'SELECT id, title, starts_at, location, minutes FROM meetings WHERE id = ?',
    ),
    // The row without its minutes (they come after these columns: no overflow page is read).
    meetingHead: db.prepare<[string], Omit<MeetingTextRow, 'minutes'>>(
      'SELECT id, title, starts_at, location FROM meetings WHERE id = ?',
    ),
    minutes: db.prepare<[string], string | null>('SELECT minutes FROM meetings WHERE id = ?').pluck(),
    attendees: db.prepare<
      [string],
      { full_name: string; title_on_day: string | null; organization_id: string | null }
    >(
      `SELECT p.full_name, a.title_on_day, a.organization_id FROM meeting_attendees a
       JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY a.seq`,
    ),
    groups: column('SELECT name FROM meeting_attendee_groups WHERE meeting_id = ? ORDER BY seq'),
    organizers: column('SELECT organization_id FROM meeting_organizers WHERE meeting_id = ? ORDER BY seq'),
    conclusionIds: column('SELECT id FROM conclusions WHERE meeting_id = ? ORDER BY seq'),
    conclusion: db.prepare<[string], ConclusionTextRow>(
      `SELECT c.id, c.meeting_id, c.text, m.starts_at, m.title AS meeting_title
       FROM conclusions c JOIN meetings m ON m.id = c.meeting_id WHERE c.id = ?`,
    ),
    progress: column('SELECT note FROM conclusion_progress WHERE conclusion_id = ? ORDER BY seq'),
    assignees: column(
      'SELECT organization_id FROM conclusion_assignees WHERE conclusion_id = ? ORDER BY seq',
    ),
    document: db.prepare<[string], DocumentTextRow>(
      `SELECT id, summary, symbol, number, place, body, issued_on, updated_at, meeting_id
       FROM documents WHERE id = ?`,
    ),
    issuers: column('SELECT organization_id FROM document_issuers WHERE document_id = ? ORDER BY seq'),
    programme: db.prepare<[string], ProgrammeTextRow>('SELECT id, title, year FROM programmes WHERE id = ?'),
    items: db.prepare<[string], { content: string; timing: string | null }>(
      'SELECT content, timing FROM programme_items WHERE programme_id = ? ORDER BY seq',
    ),
    programmeOrgs: column(
      `WITH p(id) AS (SELECT ?)
       SELECT organization_id FROM programme_parties, p WHERE programme_id = p.id
       UNION SELECT organization_id FROM programme_item_units, p WHERE programme_id = p.id`,
    ),
    person: db.prepare<[string], PersonTextRow>(
      'SELECT id, full_name, notes, updated_at FROM people WHERE id = ?',
    ),
    organization: db.prepare<[string], OrganizationTextRow>(
      'SELECT id, name, symbol, place, updated_at FROM organizations WHERE id = ?',
    ),
    allRecords: db.prepare(
      `SELECT 'meeting', id FROM meetings UNION ALL SELECT 'conclusion', id FROM conclusions
       UNION ALL SELECT 'document', id FROM documents UNION ALL SELECT 'programme', id FROM programmes
       UNION ALL SELECT 'person', id FROM people UNION ALL SELECT 'organization', id FROM organizations`,
    ),
    latest: db.prepare<[string], string | null>(LATEST_TITLE_SQL).pluck(),
  };

  return {
    meeting: (id: string) => s.meeting.get(id),
    /** A meeting's row without the minutes (see `minutes`). */
    meetingHead: (id: string) => s.meetingHead.get(id),
    minutes: (id: string): string | null => s.minutes.get(id) ?? null,
    attendees: (meetingId: string) => s.attendees.all(meetingId),
    groups: (meetingId: string) => s.groups(meetingId),
    organizers: (meetingId: string) => s.organizers(meetingId),
    conclusionIds: (meetingId: string) => s.conclusionIds(meetingId),
    conclusion: (id: string) => s.conclusion.get(id),
    progress: (conclusionId: string) => s.progress(conclusionId),
    assignees: (conclusionId: string) => s.assignees(conclusionId),
    document: (id: string) => s.document.get(id),
    issuers: (documentId: string) => s.issuers(documentId),
    programme: (id: string) => s.programme.get(id),
    items: (programmeId: string) => s.items.all(programmeId),
    programmeOrgs: (programmeId: string) => s.programmeOrgs(programmeId),
    person: (id: string) => s.person.get(id),
    organization: (id: string) => s.organization.get(id),
    /** Every record the index should hold, as [kind, id]. */
    allRecords: () => s.allRecords.raw().all() as [string, string][],
    /** Changes as soon as anything is written (see ./write-version.ts). */
    version: createWriteVersion(db),
    /** The title of the day a person held at their latest meeting, if any. */
    latestTitle: (personId: string): string | null => s.latest.get(personId) ?? null,
  };
}

export type SearchSourceRepo = ReturnType<typeof createSearchSourceRepo>;
