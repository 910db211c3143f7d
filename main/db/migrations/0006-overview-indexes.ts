import type { Migration } from './types';

// Tổng quan and the people list answer from indexes instead of reading the meetings' rows (each holds
// its minutes: a scan of ten years reads hundreds of MB). `meetings_updated`: the recently changed
// meetings of the dashboard in their order. `meetings_id_starts` and `meeting_attendees_person_seen`:
// each person's attendances with their title and unit of the day and the meetings' starts, without
// reading a row, for each listed person's latest title and unit (people.list).
export const m0006OverviewIndexes: Migration = {
  version: 6,
  name: 'overview-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX meetings_updated ON meetings(updated_at DESC, id);
      CREATE INDEX meetings_id_starts ON meetings(id, starts_at);
      CREATE INDEX meeting_attendees_person_seen
        ON meeting_attendees(person_id, meeting_id, seq, title_on_day, organization_id);
    `);
  },
};
