// SQL for merging people: duplicate candidates, and moving references from one person to another.
import type { Db } from '../types';

export function createPersonMergeRepo(db: Db) {
  const s = {
    duplicateKeys: db.prepare<[], { folded: string }>(
      'SELECT full_name_folded AS folded FROM people GROUP BY full_name_folded HAVING count(*) > 1 ORDER BY folded',
    ),
    idsWithKey: db.prepare<[string], { id: string }>(
      'SELECT id FROM people WHERE full_name_folded = ? ORDER BY id',
    ),
    meetingsOf: db.prepare<[string], { meeting_id: string }>(
      'SELECT DISTINCT meeting_id FROM meeting_attendees WHERE person_id = ?',
    ),
    moveAttendances: db.prepare('UPDATE meeting_attendees SET person_id = @keep WHERE person_id = @merge'),
    /** A meeting that now lists the kept person twice keeps the first (lowest seq) row only. */
    dropRepeats: db.prepare(`
      DELETE FROM meeting_attendees WHERE person_id = @keep AND EXISTS (
        SELECT 1 FROM meeting_attendees earlier
        WHERE earlier.meeting_id = meeting_attendees.meeting_id AND earlier.person_id = @keep
          AND earlier.seq < meeting_attendees.seq)`),
    moveSigners: db.prepare('UPDATE document_signers SET person_id = @keep WHERE person_id = @merge'),
    /** Documents whose signer moves are stamped, so a merge into another office carries the change. */
    touchSignedDocuments: db.prepare(
      'UPDATE documents SET updated_at = @stamp WHERE id IN (SELECT document_id FROM document_signers WHERE person_id = @merge)',
    ),
    touchMeeting: db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?'),
    deletePerson: db.prepare('DELETE FROM people WHERE id = ?'),
  };
  return {
    /** Ids of people sharing a folded name, one group per name. */
    duplicateGroups(): string[][] {
      return s.duplicateKeys.all().map((k) => s.idsWithKey.all(k.folded).map((r) => r.id));
    },
    meetingsOf(personId: string): string[] {
      return s.meetingsOf.all(personId).map((r) => r.meeting_id);
    },
    /** Moves every reference from `merge` to `keep`; returns the attendances moved. Call in a transaction. */
    moveReferences(keep: string, merge: string, stamp: string): number {
      const moved = s.moveAttendances.run({ keep, merge }).changes;
      s.dropRepeats.run({ keep });
      s.touchSignedDocuments.run({ stamp, merge });
      s.moveSigners.run({ keep, merge });
      return moved;
    },
    touchMeeting(id: string, stamp: string): void {
      s.touchMeeting.run(stamp, id);
    },
    deletePerson(id: string): void {
      s.deletePerson.run(id);
    },
  };
}
