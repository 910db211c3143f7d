import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_STANDING_SQL } from '../../../main/db/repos/person-attendance';
import { LATEST_TITLE_SQL } from '../../../main/db/repos/search-source';
import { byMonthSql, byUnitSql } from '../../../main/db/repos/task-stats';
import { taskCountSql, taskWhere } from '../../../main/db/repos/task-filter';
import { RECENT_MEETINGS_SQL } from '../../../main/db/repos/tasks';
import { openTestDb } from '../../helpers/db';

// Tổng quan and the people list at start, on ten years of data: their statements (the repositories' own
// SQL) read indexes only — no scan of the meetings or conclusions, whose rows hold the minutes and texts.
const t = openTestDb();
afterAll(() => t.close());
const plan = (sql: string, ...params: unknown[]) =>
  (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
const TABLE_READ = /^(SCAN|SEARCH) (meetings|m|conclusions|c)\b(?!.*COVERING INDEX)/;

describe('query plans of Tổng quan and the people list', () => {
  it('reads the recently changed meetings in the order of their index, without a sort', () => {
    const steps = plan(RECENT_MEETINGS_SQL, 8);
    expect(steps).toEqual(['SCAN meetings USING INDEX meetings_updated']);
  });

  it('counts open and overdue tasks from ranges of the open-tasks index, one per status', () => {
    for (const filter of ['open', 'overdue'] as const) {
      const branches = taskWhere({ filter }, '2026-11-27', true);
      const steps = plan(taskCountSql(branches), ...branches.flatMap((b) => b.params));
      const searches = steps.filter((s) => s.includes('conclusions_open_tasks'));
      expect(searches).toHaveLength(3);
      for (const s of searches)
        expect(s).toMatch(/^SEARCH c USING COVERING INDEX conclusions_open_tasks \(status/);
      expect(steps.join(' | ')).not.toMatch(/SCAN c/);
    }
  });

  it('counts tasks per lead unit and per month over covering indexes only', () => {
    const [where] = taskWhere({ filter: 'all' }, '2026-11-27');
    const unit = plan(byUnitSql(where?.sql ?? ''), { today: '2026-11-27' });
    expect(unit).toContain('SEARCH c USING COVERING INDEX conclusions_id_task (id=? AND kind=?)');
    expect(unit.filter((s) => TABLE_READ.test(s))).toEqual([]);
    const month = plan(byMonthSql(where?.sql ?? ''), { today: '2026-11-27' });
    expect(month.join(' | ')).toMatch(/SEARCH m USING COVERING INDEX meetings_id_starts \(id=\?\)/);
  });

  it('finds each listed person’s latest title and unit from the covering indexes, without a sort', () => {
    const steps = plan(LATEST_STANDING_SQL, '[]');
    expect(steps).toContain('SEARCH a USING COVERING INDEX meeting_attendees_person_seen (person_id=?)');
    expect(steps).toContain('SEARCH m USING COVERING INDEX meetings_id_starts (id=?)');
    expect(steps.join(' | ')).not.toMatch(/TEMP B-TREE/);
  });

  it('finds a search result’s person title from the covering indexes, keeping one row (no sort of all)', () => {
    const steps = plan(LATEST_TITLE_SQL, 'x');
    expect(steps).toContain('SEARCH a USING COVERING INDEX meeting_attendees_person_seen (person_id=?)');
    expect(steps).toContain('SEARCH m USING COVERING INDEX meetings_id_starts (id=?)');
    expect(steps.filter((s) => TABLE_READ.test(s))).toEqual([]);
  });
});
