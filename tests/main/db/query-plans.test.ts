import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../helpers/db';

// The list screens must stay fast with ten years of meetings: their queries use indexes, not scans.
const t = openTestDb();
afterAll(() => t.close());
const plan = (sql: string, ...params: unknown[]) =>
  (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');

describe('query plans of the hot queries', () => {
  it('lists a year of meetings through the start-time index', () => {
    expect(
      plan(
        'SELECT id FROM meetings m WHERE m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at DESC',
        '2024',
        '2025',
      ),
    ).toMatch(/USING (?:COVERING )?INDEX meetings_starts/);
  });
  it('finds the meetings of one organizer through its index', () => {
    expect(plan('SELECT meeting_id FROM meeting_organizers WHERE organization_id = ?', 'x')).toMatch(
      /USING (COVERING )?INDEX meeting_organizers_org/,
    );
  });
  it('finds a person’s attendances through its index', () => {
    expect(plan('SELECT meeting_id FROM meeting_attendees WHERE person_id = ?', 'x')).toMatch(
      /INDEX meeting_attendees_person/,
    );
  });
  it('finds open tasks by due date through the partial index', () => {
    expect(
      plan(
        "SELECT id FROM conclusions WHERE kind = 'task' AND status = 'open' AND due_date < ?",
        '2026-01-01',
      ),
    ).toMatch(/INDEX conclusions_open_tasks/);
  });
  it('finds drafts waiting to be issued through the status index', () => {
    expect(plan("SELECT id FROM documents WHERE status = 'draft'")).toMatch(/INDEX documents_status_issued/);
  });

  it('finds a task list page through the open-tasks index, not by reading every conclusion', () => {
    expect(
      plan(
        `SELECT c.id FROM conclusions c JOIN meetings m ON m.id = c.meeting_id
         WHERE c.kind = 'task' AND coalesce(c.status, 'open') IN ('open', 'in-progress') AND c.due_date < ?`,
        '2026-01-01',
      ),
    ).toMatch(
      /USING INDEX conclusions_open_tasks.*SEARCH m USING (COVERING )?INDEX sqlite_autoindex_meetings_1/,
    );
  });
});

describe('query plans of search', () => {
  const tables = ['search_meetings', 'search_conclusions', 'search_records'];
  it('reads matches of one kind (or year) from the start of its rowid range, newest first, no sort', () => {
    // The statements of main/db/repos/search-query.ts: the lower bound goes to FTS5, the upper one is
    // checked while iterating (FTS5 would read its doclists to their end to honour it).
    for (const table of tables) {
      for (const source of [table, `${table}_exact`]) {
        const newest = plan(
          `SELECT rowid FROM ${source} WHERE ${source} MATCH ? AND rowid >= ? ORDER BY rowid`,
          '"x"',
          1,
        );
        // M: the MATCH, >: the start of the range; no "USE TEMP B-TREE": the ORDER BY is FTS5's own.
        expect(newest).toMatch(new RegExp(`^SCAN ${source} VIRTUAL TABLE INDEX \\d+:M\\d*>$`));
      }
    }
  });
  it('maps a rowid to its record, a record to its row, and a meeting to its conclusions through indexes', () => {
    expect(plan('SELECT * FROM search_keys WHERE doc = ?', 1)).toMatch(
      /USING INTEGER PRIMARY KEY \(rowid=\?\)/,
    );
    expect(plan('SELECT max(doc) FROM search_keys WHERE doc BETWEEN ? AND ?', 1, 2)).toMatch(
      /USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/,
    );
    expect(plan('SELECT * FROM search_keys WHERE kind = ? AND ref_id = ?', 'meeting', 'x')).toMatch(
      /USING INDEX search_keys_ref \(kind=\? AND ref_id=\?\)/,
    );
    expect(plan('SELECT * FROM search_keys WHERE meeting_id = ?', 'x')).toMatch(
      /USING INDEX search_keys_meeting/,
    );
  });
  it('queues a changed record (every trigger) with a primary-key probe of the queue', () => {
    expect(plan("SELECT 1 FROM search_dirty WHERE kind = 'meeting' AND ref_id = ?", 'x')).toMatch(
      /SEARCH search_dirty USING PRIMARY KEY \(kind=\? AND ref_id=\?\)/,
    );
    expect(
      plan("SELECT DISTINCT 'meeting', a.meeting_id FROM meeting_attendees a WHERE a.person_id = ?", 'x'),
    ).toMatch(/INDEX meeting_attendees_person/);
  });
  it('reads a record’s text for the index and the snippets through indexes', () => {
    expect(
      plan(
        `SELECT p.full_name FROM meeting_attendees a JOIN people p ON p.id = a.person_id
         WHERE a.meeting_id = ? ORDER BY a.seq`,
        'x',
      ),
    ).toMatch(/SEARCH a USING INDEX sqlite_autoindex_meeting_attendees_1 \(meeting_id=\?\).*SEARCH p/);
    expect(plan('SELECT id FROM conclusions WHERE meeting_id = ? ORDER BY seq', 'x')).toMatch(
      /INDEX conclusions_meeting/,
    );
    expect(
      plan(
        `SELECT a.title_on_day FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
         WHERE a.person_id = ? AND coalesce(a.title_on_day, '') <> '' ORDER BY m.starts_at DESC LIMIT 1`,
        'x',
      ),
    ).toMatch(/INDEX meeting_attendees_person/);
  });
});
