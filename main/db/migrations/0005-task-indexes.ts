import type { Migration } from './types';

// Kết luận & nhiệm vụ answers its filters from covering indexes (npm run bench:tasks): a unit's tasks by
// role, a leader's chaired meetings, a year's meetings and their tasks, without reading the tables. The
// two single-column indexes they extend are dropped (each is a prefix of its successor).
export const m0005TaskIndexes: Migration = {
  version: 5,
  name: 'task-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX conclusion_assignees_org_role ON conclusion_assignees(organization_id, role, conclusion_id);
      CREATE INDEX conclusions_id_task ON conclusions(id, kind, status, due_date);
      CREATE INDEX conclusions_meeting_task ON conclusions(meeting_id, kind, status, due_date);
      CREATE INDEX meeting_attendees_person_role ON meeting_attendees(person_id, role, meeting_id);
      CREATE INDEX meetings_starts_id ON meetings(starts_at, id);
      DROP INDEX conclusion_assignees_org;
      DROP INDEX meeting_attendees_person;
    `);
  },
};
