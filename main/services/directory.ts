// Directory upkeep: find people entered twice and merge them into one, keeping every attendance.
import type { Stored } from '../../shared/domain';
import type { MergePeopleInput, MergePeopleResult } from '../../shared/directory';
import type { Person } from '../../shared/exchange';
import { createPersonMergeRepo } from '../db/repos/person-merge';
import type { ServiceContext } from './context';
import type { SettingsService } from './settings';
import { found, writing } from './guards';

export function createDirectoryService(
  { db, repos, now }: ServiceContext,
  settings: Pick<SettingsService, 'replaceSignerPerson'>,
) {
  const repo = createPersonMergeRepo(db);
  return {
    /** Groups of people whose names are the same once accents, case and spacing are ignored. */
    duplicatePeople(): Stored<Person>[][] {
      return repo
        .duplicateGroups()
        .map((ids) =>
          ids.map((id) => repos.people.get(id)).filter((p): p is Stored<Person> => p !== undefined),
        );
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
