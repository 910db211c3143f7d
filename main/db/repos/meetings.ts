import type {
  MeetingListQuery,
  MeetingSummary,
  Page,
  StoredConclusion,
  StoredMeeting,
} from '../../../shared/domain';
import { meetingListQuerySchema } from '../../../shared/domain';
import type { Attendee, Conclusion, MeetingKind } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { foldVietnamese } from '../../../shared/vietnamese';
import type { Db } from '../types';
import { fromJson, likePattern, opt, toJson } from './rows';

interface MeetingRow {
  id: string;
  title: string;
  kind: MeetingKind;
  starts_at: string;
  ends_at: string | null;
  location: string | null;
  minutes: string | null;
  updated_at: string;
}

interface ConclusionRow {
  id: string;
  item_order: number;
  kind: Conclusion['kind'];
  text: string;
  due_date: string | null;
  status: Conclusion['status'] | null;
  updated_at: string;
}

interface AttendeeRow {
  person_id: string;
  role: Attendee['role'];
  title_on_day: string | null;
  organization_id: string | null;
}
interface AssigneeRow {
  organization_id: string;
  role: 'lead' | 'support';
}
interface ProgressRow {
  date: string;
  note: string;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** `meeting_id IN` the JSON array of ids bound as the only parameter. */
const IN_LIST = 'IN (SELECT value FROM json_each(?))';

export function createMeetingRepo(db: Db) {
  const s = {
    upsert: db.prepare(`
      INSERT INTO meetings (id, title, title_folded, kind, starts_at, ends_at, location, minutes, updated_at)
      VALUES (@id, @title, @titleFolded, @kind, @startsAt, @endsAt, @location, @minutes, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, title_folded = excluded.title_folded, kind = excluded.kind,
        starts_at = excluded.starts_at, ends_at = excluded.ends_at, location = excluded.location,
        minutes = excluded.minutes, updated_at = excluded.updated_at`),
    clearOrganizers: db.prepare('DELETE FROM meeting_organizers WHERE meeting_id = ?'),
    clearAttendees: db.prepare('DELETE FROM meeting_attendees WHERE meeting_id = ?'),
    clearGroups: db.prepare('DELETE FROM meeting_attendee_groups WHERE meeting_id = ?'),
    clearConclusions: db.prepare('DELETE FROM conclusions WHERE meeting_id = ?'),
    insertOrganizer: db.prepare(
      'INSERT INTO meeting_organizers (meeting_id, seq, organization_id) VALUES (?, ?, ?)',
    ),
    insertAttendee:
      db.prepare(`INSERT INTO meeting_attendees (meeting_id, seq, person_id, role, title_on_day, organization_id)
      VALUES (?, ?, ?, ?, ?, ?)`),
    insertGroup: db.prepare('INSERT INTO meeting_attendee_groups (meeting_id, seq, name) VALUES (?, ?, ?)'),
    insertConclusion:
      db.prepare(`INSERT INTO conclusions (id, meeting_id, seq, item_order, kind, text, due_date, status, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertAssignee: db.prepare(
      'INSERT INTO conclusion_assignees (conclusion_id, seq, organization_id, role) VALUES (?, ?, ?, ?)',
    ),
    insertProgress: db.prepare(
      'INSERT INTO conclusion_progress (conclusion_id, seq, date, note) VALUES (?, ?, ?, ?)',
    ),
    get: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?'),
    updatedAt: db.prepare<[string], { updated_at: string }>('SELECT updated_at FROM meetings WHERE id = ?'),
    organizers: db.prepare<[string], { organization_id: string }>(
      'SELECT organization_id FROM meeting_organizers WHERE meeting_id = ? ORDER BY seq',
    ),
    attendees: db.prepare<
      [string],
      {
        person_id: string;
        role: Attendee['role'];
        title_on_day: string | null;
        organization_id: string | null;
      }
    >(
      'SELECT person_id, role, title_on_day, organization_id FROM meeting_attendees WHERE meeting_id = ? ORDER BY seq',
    ),
    groups: db.prepare<[string], { name: string }>(
      'SELECT name FROM meeting_attendee_groups WHERE meeting_id = ? ORDER BY seq',
    ),
    conclusions: db.prepare<[string], ConclusionRow>(
      'SELECT id, item_order, kind, text, due_date, status, updated_at FROM conclusions WHERE meeting_id = ? ORDER BY seq',
    ),
    assignees: db.prepare<[string], { organization_id: string; role: 'lead' | 'support' }>(
      'SELECT organization_id, role FROM conclusion_assignees WHERE conclusion_id = ? ORDER BY seq',
    ),
    progress: db.prepare<[string], { date: string; note: string }>(
      'SELECT date, note FROM conclusion_progress WHERE conclusion_id = ? ORDER BY seq',
    ),
    conclusionOwner: db.prepare<[string], { meeting_id: string }>(
      'SELECT meeting_id FROM conclusions WHERE id = ?',
    ),
    allIds: db.prepare<[], { id: string }>('SELECT id FROM meetings ORDER BY starts_at, id'),
    touch: db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?'),
    touchConclusion: db.prepare('UPDATE conclusions SET updated_at = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM meetings WHERE id = ?'),
  };

  // Reading many meetings at once (restore, export): one query per table, rows ordered as `get` reads them.
  const many = {
    meetings: db.prepare<[string], MeetingRow>(`SELECT * FROM meetings WHERE id ${IN_LIST}`),
    organizers: db.prepare<[string], { meeting_id: string; organization_id: string }>(
      `SELECT meeting_id, organization_id FROM meeting_organizers WHERE meeting_id ${IN_LIST} ORDER BY meeting_id, seq`,
    ),
    attendees: db.prepare<[string], AttendeeRow & { meeting_id: string }>(
      `SELECT meeting_id, person_id, role, title_on_day, organization_id FROM meeting_attendees
       WHERE meeting_id ${IN_LIST} ORDER BY meeting_id, seq`,
    ),
    groups: db.prepare<[string], { meeting_id: string; name: string }>(
      `SELECT meeting_id, name FROM meeting_attendee_groups WHERE meeting_id ${IN_LIST} ORDER BY meeting_id, seq`,
    ),
    conclusions: db.prepare<[string], ConclusionRow & { meeting_id: string }>(
      `SELECT meeting_id, id, item_order, kind, text, due_date, status, updated_at FROM conclusions
       WHERE meeting_id ${IN_LIST} ORDER BY meeting_id, seq`,
    ),
    assignees: db.prepare<[string], AssigneeRow & { conclusion_id: string }>(
      `SELECT conclusion_id, organization_id, role FROM conclusion_assignees
       WHERE conclusion_id IN (SELECT id FROM conclusions WHERE meeting_id ${IN_LIST}) ORDER BY conclusion_id, seq`,
    ),
    progress: db.prepare<[string], ProgressRow & { conclusion_id: string }>(
      `SELECT conclusion_id, date, note FROM conclusion_progress
       WHERE conclusion_id IN (SELECT id FROM conclusions WHERE meeting_id ${IN_LIST}) ORDER BY conclusion_id, seq`,
    ),
  };

  function toConclusion(
    row: ConclusionRow,
    assigneeRows: AssigneeRow[],
    progress: ProgressRow[],
  ): StoredConclusion {
    const assignees = assigneeRows.map((a) => ({ organizationId: a.organization_id, role: a.role }));
    return {
      id: row.id,
      updatedAt: row.updated_at,
      order: row.item_order,
      kind: row.kind,
      text: fromJson<RichTextNode>(row.text),
      assignees: assignees.length || row.kind === 'task' ? assignees : undefined,
      dueDate: row.due_date,
      status: opt(row.status),
      progress: progress.length || row.kind === 'task' ? progress : undefined,
    };
  }

  function readConclusion(row: ConclusionRow): StoredConclusion {
    return toConclusion(row, s.assignees.all(row.id), s.progress.all(row.id));
  }

  function toMeeting(
    row: MeetingRow,
    organizers: string[],
    attendees: AttendeeRow[],
    groups: string[],
    conclusions: StoredConclusion[],
  ): StoredMeeting {
    return {
      id: row.id,
      updatedAt: row.updated_at,
      title: row.title,
      kind: row.kind,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      location: opt(row.location),
      organizerIds: organizers,
      attendees: attendees.map((a) => ({
        personId: a.person_id,
        role: a.role,
        position: opt(a.title_on_day),
        organizationId: a.organization_id,
      })),
      attendeeGroups: groups,
      minutes: row.minutes === null ? null : fromJson<RichTextNode>(row.minutes),
      conclusions,
    };
  }

  return {
    /** Writes the meeting and replaces its lists (organizers, attendees, groups, conclusions). */
    upsert(meeting: StoredMeeting): void {
      s.upsert.run({
        id: meeting.id,
        title: meeting.title,
        titleFolded: foldVietnamese(meeting.title),
        kind: meeting.kind,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt ?? null,
        location: meeting.location ?? null,
        minutes: meeting.minutes == null ? null : toJson(meeting.minutes),
        updatedAt: meeting.updatedAt,
      });
      s.clearOrganizers.run(meeting.id);
      s.clearAttendees.run(meeting.id);
      s.clearGroups.run(meeting.id);
      s.clearConclusions.run(meeting.id);
      meeting.organizerIds.forEach((orgId, i) => s.insertOrganizer.run(meeting.id, i, orgId));
      (meeting.attendees ?? []).forEach((a, i) =>
        s.insertAttendee.run(meeting.id, i, a.personId, a.role, a.position ?? null, a.organizationId ?? null),
      );
      (meeting.attendeeGroups ?? []).forEach((name, i) => s.insertGroup.run(meeting.id, i, name));
      (meeting.conclusions ?? []).forEach((c, i) => {
        s.insertConclusion.run(
          c.id,
          meeting.id,
          i,
          c.order,
          c.kind,
          toJson(c.text),
          c.dueDate ?? null,
          c.status ?? null,
          c.updatedAt,
        );
        (c.assignees ?? []).forEach((a, j) => s.insertAssignee.run(c.id, j, a.organizationId, a.role));
        (c.progress ?? []).forEach((p, j) => s.insertProgress.run(c.id, j, p.date, p.note));
      });
    },
    get(id: string): StoredMeeting | undefined {
      const row = s.get.get(id);
      if (!row) return undefined;
      return toMeeting(
        row,
        s.organizers.all(id).map((o) => o.organization_id),
        s.attendees.all(id),
        s.groups.all(id).map((g) => g.name),
        s.conclusions.all(id).map(readConclusion),
      );
    },
    /** The same as `get` for each id, in order, with a handful of queries in all instead of several per meeting. */
    getMany(ids: string[]): (StoredMeeting | undefined)[] {
      const list = JSON.stringify(ids);
      const rows = new Map(many.meetings.all(list).map((r) => [r.id, r]));
      const organizers = groupBy(many.organizers.all(list), (r) => r.meeting_id);
      const attendees = groupBy(many.attendees.all(list), (r) => r.meeting_id);
      const groups = groupBy(many.groups.all(list), (r) => r.meeting_id);
      const conclusions = groupBy(many.conclusions.all(list), (r) => r.meeting_id);
      const assignees = groupBy(many.assignees.all(list), (r) => r.conclusion_id);
      const progress = groupBy(many.progress.all(list), (r) => r.conclusion_id);
      return ids.map((id) => {
        const row = rows.get(id);
        if (!row) return undefined;
        return toMeeting(
          row,
          (organizers.get(id) ?? []).map((o) => o.organization_id),
          attendees.get(id) ?? [],
          (groups.get(id) ?? []).map((g) => g.name),
          (conclusions.get(id) ?? []).map((c) =>
            toConclusion(
              c,
              assignees.get(c.id) ?? [],
              (progress.get(c.id) ?? []).map(({ date, note }) => ({ date, note })),
            ),
          ),
        );
      });
    },
    updatedAt(id: string): string | undefined {
      return s.updatedAt.get(id)?.updated_at;
    },
    /** The meeting a conclusion id belongs to, if any. */
    conclusionOwner(conclusionId: string): string | undefined {
      return s.conclusionOwner.get(conclusionId)?.meeting_id;
    },
    allIds(): string[] {
      return s.allIds.all().map((r) => r.id);
    },
    list(rawQuery: MeetingListQuery): Page<MeetingSummary> {
      const query = meetingListQuerySchema.parse(rawQuery);
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.year !== undefined) {
        where.push('m.starts_at >= ? AND m.starts_at < ?');
        params.push(`${query.year}-01-01`, `${query.year + 1}-01-01`);
      }
      if (query.kind) {
        where.push('m.kind = ?');
        params.push(query.kind);
      }
      if (query.organizerId) {
        where.push('m.id IN (SELECT meeting_id FROM meeting_organizers WHERE organization_id = ?)');
        params.push(query.organizerId);
      }
      if (query.text?.trim()) {
        where.push("m.title_folded LIKE ? ESCAPE '\\'");
        params.push(likePattern(foldVietnamese(query.text)));
      }
      const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const order = {
        'startsAt-desc': 'm.starts_at DESC, m.id',
        'startsAt-asc': 'm.starts_at ASC, m.id',
        'title-asc': 'm.title_folded ASC, m.id',
      }[query.sort];
      const total = (
        db.prepare(`SELECT count(*) AS n FROM meetings m ${whereSql}`).get(...params) as { n: number }
      ).n;
      // Page the ids first: SQLite would otherwise compute the subqueries for every skipped row.
      const rows = db
        .prepare(
          `SELECT m.id, m.title, m.kind, m.starts_at, m.ends_at, m.location, m.updated_at,
            (SELECT json_group_array(organization_id) FROM
              (SELECT organization_id FROM meeting_organizers WHERE meeting_id = m.id ORDER BY seq)) AS organizer_ids,
            (SELECT count(*) FROM meeting_attendees WHERE meeting_id = m.id) AS attendee_count,
            (SELECT count(*) FROM conclusions WHERE meeting_id = m.id) AS conclusion_count
          FROM (SELECT m.id FROM meetings m ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?) page
          JOIN meetings m ON m.id = page.id ORDER BY ${order}`,
        )
        .all(...params, query.limit, query.offset) as (MeetingRow & {
        organizer_ids: string;
        attendee_count: number;
        conclusion_count: number;
      })[];
      return {
        total,
        offset: query.offset,
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          kind: r.kind,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          location: r.location,
          organizerIds: fromJson<string[]>(r.organizer_ids),
          attendeeCount: r.attendee_count,
          conclusionCount: r.conclusion_count,
          updatedAt: r.updated_at,
        })),
      };
    },
    /** Gives the meeting and the listed conclusions a new `updatedAt` and nothing else. */
    touch(id: string, updatedAt: string, conclusionIds: readonly string[] = []): void {
      s.touch.run(updatedAt, id);
      for (const conclusionId of conclusionIds) s.touchConclusion.run(updatedAt, conclusionId);
    },
    delete(id: string): boolean {
      return s.delete.run(id).changes > 0;
    },
  };
}

export type MeetingRepo = ReturnType<typeof createMeetingRepo>;
