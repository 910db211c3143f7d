import type { MeetingListQuery, MeetingSummary, Page, StoredMeeting } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Meeting } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { assertReferencesExist, found, writing } from './guards';

const sameContent = (a: object, b: object): boolean => {
  const strip = ({ updatedAt: _ignored, ...rest }: { updatedAt?: string }) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
};

export function createMeetingService({ db, repos, now }: ServiceContext) {
  const repo = repos.meetings;
  return {
    list(query: MeetingListQuery = {}): Page<MeetingSummary> {
      return repo.list(query);
    },
    get(id: string): StoredMeeting {
      return found(repo.get(id), 'cuộc họp', id);
    },
    /** Saves the whole meeting; a conclusion keeps its `updatedAt` unless its content changed. */
    save(input: Meeting): StoredMeeting {
      assertReferencesExist(repos, 'meetings', input);
      const previous = repo.get(input.id);
      const stamp = now();
      const stored: StoredMeeting = {
        ...input,
        updatedAt: stamp,
        conclusions: (input.conclusions ?? []).map((c, i) => {
          const owner = repo.conclusionOwner(c.id);
          if (owner !== undefined && owner !== input.id)
            throw new AppError('E_CONFLICT', 'Kết luận này thuộc một cuộc họp khác.', {
              path: `conclusions[${i}].id`,
            });
          const before = previous?.conclusions?.find((p) => p.id === c.id);
          return { ...c, updatedAt: before && sameContent(before, c) ? before.updatedAt : stamp };
        }),
      };
      writing(() => db.transaction(() => repo.upsert(stored))());
      return stored;
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
