import type { ProgrammeSummary, Stored } from '../../shared/domain';
import type { Programme } from '../../shared/exchange';
import type { ServiceContext } from './context';
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
    delete(id: string): void {
      deleteOrExplain(() => repo.delete(id), 'chương trình phối hợp', id);
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
