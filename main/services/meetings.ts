import type { MeetingListQuery, MeetingSummary, Page, StoredMeeting } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Meeting } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { assertReferencesExist, found, writing } from './guards';
import { sameValues } from './stamps';

export function createMeetingService({ db, repos, now }: ServiceContext) {
  const repo = repos.meetings;

  /**
   * Writes the meeting with the stamps it had (a new conclusion gets a new one), reads it back and
   * compares it, conclusion by conclusion, with what was there: so the comparison sees exactly what the
   * database keeps. Only what differs gets a new stamp. Call inside a transaction.
   */
  function upsertStamped(input: Meeting): StoredMeeting {
    const previous = repo.get(input.id);
    const before = new Map((previous?.conclusions ?? []).map((c) => [c.id, c]));
    let stamp: string | undefined;
    const fresh = () => (stamp ??= now());
    repo.upsert({
      ...input,
      updatedAt: previous?.updatedAt ?? fresh(),
      conclusions: (input.conclusions ?? []).map((c) => ({
        ...c,
        updatedAt: before.get(c.id)?.updatedAt ?? fresh(),
      })),
    });
    const written = found(repo.get(input.id), 'cuộc họp', input.id);
    if (!previous || sameValues(written, previous)) return written;
    const changed = (written.conclusions ?? []).filter((c) => {
      const old = before.get(c.id);
      return !old || !sameValues(c, old);
    });
    const updatedAt = fresh();
    repo.touch(
      input.id,
      updatedAt,
      changed.map((c) => c.id),
    );
    const restamped = new Set(changed.map((c) => c.id));
    return {
      ...written,
      updatedAt,
      conclusions: (written.conclusions ?? []).map((c) => (restamped.has(c.id) ? { ...c, updatedAt } : c)),
    };
  }

  return {
    list(query: MeetingListQuery = {}): Page<MeetingSummary> {
      return repo.list(query);
    },
    get(id: string): StoredMeeting {
      return found(repo.get(id), 'cuộc họp', id);
    },
    /**
     * Saves the whole meeting. Each conclusion keeps its `updatedAt` unless its content changed, and the
     * meeting keeps its own unless something in it (conclusions included) changed.
     */
    save(input: Meeting): StoredMeeting {
      assertReferencesExist(repos, 'meetings', input);
      (input.conclusions ?? []).forEach((c, i) => {
        const owner = repo.conclusionOwner(c.id);
        if (owner !== undefined && owner !== input.id)
          throw new AppError('E_CONFLICT', 'Kết luận này thuộc một cuộc họp khác.', {
            path: `conclusions[${i}].id`,
          });
      });
      return writing(() => db.transaction(() => upsertStamped(input))());
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
