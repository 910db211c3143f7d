import type { ProgrammeSummary, Stored } from '../../shared/domain';
import type { Programme } from '../../shared/exchange';
import { shiftYears, shiftYearsInRichText } from '../../shared/year-shift';
import type { ServiceContext } from './context';

export interface ProgrammeCopy {
  programme: Stored<Programme>;
  /** How many year references were moved forward. */
  yearChanges: number;
}
import { assertReferencesExist, deleteOrExplain, found, writing } from './guards';
import { upsertKeepingStamp } from './stamps';

export function createProgrammeService({ db, repos, now }: ServiceContext) {
  const repo = repos.programmes;
  return {
    list(year?: number): ProgrammeSummary[] {
      return repo.list(year);
    },
    get(id: string): Stored<Programme> {
      return found(repo.get(id), 'chương trình phối hợp', id);
    },
    save(input: Programme): Stored<Programme> {
      assertReferencesExist(repos, 'programmes', input);
      return writing(() => db.transaction(() => upsertKeepingStamp(repo, input, now))());
    },
    /**
     * "Sao chép sang năm sau": a new draft for the next year under the id the screen chose, every year
     * reference in the title, items and timings moved forward. Idempotent: asking again with the same id
     * (a double click, a retry) returns the copy already made instead of a second one.
     */
    copyToNextYear(sourceId: string, id: string): ProgrammeCopy {
      return writing(() =>
        db.transaction(() => {
          const existing = repo.get(id);
          if (existing) return { programme: existing, yearChanges: 0 };
          const source = found(repo.get(sourceId), 'chương trình phối hợp', sourceId);
          let yearChanges = 0;
          const shift = (text: string) => {
            const shifted = shiftYears(text, source.year);
            yearChanges += shifted.changes;
            return shifted.text;
          };
          const items = source.items.map((item) => {
            const content = shiftYearsInRichText(item.content, source.year);
            yearChanges += content.changes;
            return {
              ...item,
              content: content.node,
              ...(item.timing === undefined ? {} : { timing: shift(item.timing) }),
            };
          });
          const copy: Stored<Programme> = {
            id,
            title: shift(source.title),
            year: source.year + 1,
            partyIds: [...source.partyIds],
            reviewMeetingId: null,
            items,
            updatedAt: now(),
          };
          assertReferencesExist(repos, 'programmes', copy);
          repo.upsert(copy);
          return { programme: copy, yearChanges };
        })(),
      );
    },
    delete(id: string): void {
      deleteOrExplain(() => repo.delete(id), 'chương trình phối hợp', id);
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
