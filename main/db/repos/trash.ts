// SQL of the Thùng rác: entries (a JSON snapshot of what was deleted) and the link a programme
// had to a trashed review meeting.
import type { Db } from '../types';

export type TrashKind = 'meeting' | 'document' | 'person';

export interface TrashRow {
  id: string;
  kind: TrashKind;
  label: string;
  detail: string | null;
  payload: string;
  deleted_at: string;
}

export function createTrashRepo(db: Db) {
  const s = {
    put: db.prepare(`INSERT OR REPLACE INTO trash (id, kind, label, detail, payload, deleted_at)
      VALUES (@id, @kind, @label, @detail, @payload, @deletedAt)`),
    get: db.prepare<[string], TrashRow>('SELECT * FROM trash WHERE id = ?'),
    list: db.prepare<[], TrashRow>('SELECT * FROM trash ORDER BY deleted_at DESC, id'),
    remove: db.prepare('DELETE FROM trash WHERE id = ?'),
    purgeBefore: db.prepare('DELETE FROM trash WHERE deleted_at < ?'),
    reviewedBy: db.prepare<[string], { id: string }>(
      'SELECT id FROM programmes WHERE review_meeting_id = ? ORDER BY id',
    ),
    relinkReview: db.prepare(
      'UPDATE programmes SET review_meeting_id = ? WHERE id = ? AND review_meeting_id IS NULL',
    ),
  };
  return {
    put(entry: {
      id: string;
      kind: TrashKind;
      label: string;
      detail: string | null;
      payload: string;
      deletedAt: string;
    }): void {
      s.put.run(entry);
    },
    get(id: string): TrashRow | undefined {
      return s.get.get(id);
    },
    list(): TrashRow[] {
      return s.list.all();
    },
    remove(id: string): boolean {
      return s.remove.run(id).changes > 0;
    },
    /** Removes the entries deleted before `cutoff` (an instant written like deleted_at); returns how many. */
    purgeBefore(cutoff: string): number {
      return s.purgeBefore.run(cutoff).changes;
    },
    /** Programmes whose review meeting is this one (the link drops when the meeting is deleted). */
    programmesReviewedBy(meetingId: string): string[] {
      return s.reviewedBy.all(meetingId).map((r) => r.id);
    },
    /** Puts a programme's review meeting back, unless someone chose another one meanwhile. */
    relinkReview(programmeId: string, meetingId: string): void {
      s.relinkReview.run(meetingId, programmeId);
    },
  };
}

export type TrashRepo = ReturnType<typeof createTrashRepo>;
