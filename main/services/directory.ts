// Directory upkeep: find people entered twice and merge them into one, keeping every attendance.
import type { Stored } from '../../shared/domain';
import type { DuplicateCandidate, MergePeopleInput, MergePeopleResult } from '../../shared/directory';
import type { Person } from '../../shared/exchange';
import { createPersonMergeRepo } from '../db/repos/person-merge';
import type { ServiceContext } from './context';
import type { SettingsService } from './settings';
import { found, writing } from './guards';

/** Meetings shown for each candidate, and attendances read to find their titles and units. */
const RECENT_MEETINGS = 3;
const ATTENDANCES_READ = 200;

/** How many letters of a name carry a Vietnamese mark (`Nguyễn Đức` 3, `Nguyen Duc` 0). */
const accents = (name: string) => [...name.normalize('NFC')].filter((c) => c > '\u007f').length;

export function createDirectoryService(
  { db, repos, now }: ServiceContext,
  settings: Pick<SettingsService, 'replaceSignerPerson'>,
) {
  const repo = createPersonMergeRepo(db);
  const seen = repos.personAttendance;
  const candidate = (person: Stored<Person>): DuplicateCandidate => {
    const attendances = seen.attendances(person.id, ATTENDANCES_READ);
    const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
    const meetings = attendances.filter(
      (a, i) => attendances.findIndex((b) => b.meetingId === a.meetingId) === i,
    );
    return {
      person,
      titles: distinct(attendances.map((a) => a.titleOnDay)).slice(0, 3),
      units: distinct(attendances.map((a) => a.organizationName)).slice(0, 3),
      meetingCount: seen.meetingCount(person.id),
      recentMeetings: meetings.slice(0, RECENT_MEETINGS),
      signedDocuments: seen.signedDocuments(person.id),
    };
  };
  return {
    /**
     * Groups of people whose names are the same once accents, case and spacing are ignored, each with
     * what tells them apart: titles and units on meeting days, the meetings they attended, signatures.
     */
    duplicatePeople(): DuplicateCandidate[][] {
      return repo
        .duplicateGroups()
        .map((ids) =>
          ids
            .map((id) => repos.people.get(id))
            .filter((p): p is Stored<Person> => p !== undefined)
            .map(candidate)
            // The record most used first (then the one written with its diacritics): the one to keep,
            // unless the user picks another.
            .sort(
              (a, b) =>
                b.meetingCount - a.meetingCount ||
                b.signedDocuments - a.signedDocuments ||
                accents(b.person.fullName) - accents(a.person.fullName),
            ),
        )
        .filter((group) => group.length > 1);
    },
    /** Moves the attendances and signatures of `mergeIds` to `keepId`, then removes them. */
    mergePeople({ keepId, mergeIds }: MergePeopleInput): MergePeopleResult {
      found(repos.people.get(keepId), 'cán bộ', keepId);
      for (const id of mergeIds) found(repos.people.get(id), 'cán bộ', id);
      const stamp = now();
      return writing(() =>
        db.transaction(() => {
          const touched = new Set<string>();
          let moved = 0;
          for (const id of new Set(mergeIds)) {
            repo.meetingsOf(id).forEach((m) => touched.add(m));
            moved += repo.moveReferences(keepId, id, stamp);
            repo.deletePerson(id);
          }
          touched.forEach((m) => repo.touchMeeting(m, stamp));
          settings.replaceSignerPerson(mergeIds, keepId);
          repos.search.flush();
          return {
            keptId: keepId,
            removed: new Set(mergeIds).size,
            attendancesMoved: moved,
            meetingsTouched: touched.size,
          };
        })(),
      );
    },
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
