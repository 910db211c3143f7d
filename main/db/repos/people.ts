import type { Page, PersonTitle, Stored } from '../../../shared/domain';
import type { Person } from '../../../shared/exchange';
import { sortByVietnameseName } from '../../../shared/person-names';
import { foldVietnamese } from '../../../shared/vietnamese';
import type { Db } from '../types';
import { likePattern, opt } from './rows';

interface PersonRow {
  id: string;
  full_name: string;
  gender: 'male' | 'female' | null;
  notes: string | null;
  updated_at: string;
}

function toRecord(row: PersonRow): Stored<Person> {
  return {
    id: row.id,
    updatedAt: row.updated_at,
    fullName: row.full_name,
    gender: opt(row.gender),
    notes: opt(row.notes),
  };
}

export function createPersonRepo(db: Db) {
  const upsertStmt = db.prepare(`
    INSERT INTO people (id, full_name, full_name_folded, gender, notes, updated_at)
    VALUES (@id, @fullName, @folded, @gender, @notes, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, full_name_folded = excluded.full_name_folded,
      gender = excluded.gender, notes = excluded.notes, updated_at = excluded.updated_at`);
  const getStmt = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?');
  const allStmt = db.prepare<[], PersonRow>('SELECT * FROM people ORDER BY full_name_folded, id');
  const updatedAtStmt = db.prepare<[string], { updated_at: string }>(
    'SELECT updated_at FROM people WHERE id = ?',
  );
  const searchStmt = db.prepare<[string], PersonRow>(
    "SELECT * FROM people WHERE full_name_folded LIKE ? ESCAPE '\\' ORDER BY id",
  );
  const titlesStmt = db.prepare<[string], { title: string; last_seen_at: string; meeting_count: number }>(`
    SELECT a.title_on_day AS title, max(m.starts_at) AS last_seen_at, count(DISTINCT m.id) AS meeting_count
    FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
    WHERE a.person_id = ? AND a.title_on_day IS NOT NULL AND a.title_on_day <> ''
    GROUP BY a.title_on_day ORDER BY last_seen_at DESC`);
  const deleteStmt = db.prepare('DELETE FROM people WHERE id = ?');
  const touchStmt = db.prepare('UPDATE people SET updated_at = ? WHERE id = ?');
  const sameNameStmt = db.prepare<[string], PersonRow>(
    'SELECT * FROM people WHERE full_name_folded = ? ORDER BY id',
  );

  return {
    upsert(person: Stored<Person>): void {
      upsertStmt.run({
        id: person.id,
        fullName: person.fullName,
        folded: foldVietnamese(person.fullName),
        gender: person.gender ?? null,
        notes: person.notes ?? null,
        updatedAt: person.updatedAt,
      });
    },
    get(id: string): Stored<Person> | undefined {
      const row = getStmt.get(id);
      return row && toRecord(row);
    },
    updatedAt(id: string): string | undefined {
      return updatedAtStmt.get(id)?.updated_at;
    },
    all(): Stored<Person>[] {
      return allStmt.all().map(toRecord);
    },
    /**
     * Accent-insensitive search (`nguyen duc trung` finds `Nguyễn Đức Trung`), in the Vietnamese order:
     * given name, middle name, family name. SQLite has no Vietnamese collation, so the matches are
     * sorted here (a provincial directory is a few thousand people).
     */
    search(text: string, offset: number, limit: number): Page<Stored<Person>> {
      const matches = sortByVietnameseName(searchStmt.all(likePattern(foldVietnamese(text))).map(toRecord));
      return { items: matches.slice(offset, offset + limit), total: matches.length, offset };
    },
    /** The titles a person held in the meetings they attended, the latest first. */
    titles(personId: string): PersonTitle[] {
      return titlesStmt
        .all(personId)
        .map((r) => ({ title: r.title, lastSeenAt: r.last_seen_at, meetingCount: r.meeting_count }));
    },
    withSameName(fullName: string): Stored<Person>[] {
      return sameNameStmt.all(foldVietnamese(fullName)).map(toRecord);
    },
    /** Gives the record a new `updatedAt` and nothing else (a save whose content changed). */
    touch(id: string, updatedAt: string): void {
      touchStmt.run(updatedAt, id);
    },
    delete(id: string): boolean {
      return deleteStmt.run(id).changes > 0;
    },
  };
}

export type PersonRepo = ReturnType<typeof createPersonRepo>;
