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
    ).toMatch(/USING INDEX meetings_starts/);
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
});
