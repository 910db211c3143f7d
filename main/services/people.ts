import type { z } from 'zod';
import type { Page, PersonTitle, Stored } from '../../shared/domain';
import { peopleQuerySchema } from '../../shared/domain';
import type { Person } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { found, writing } from './guards';
import { upsertKeepingStamp } from './stamps';

export function createPersonService({ db, repos, now }: ServiceContext) {
  const repo = repos.people;
  return {
    list(query: z.input<typeof peopleQuerySchema> = {}): Page<Stored<Person>> {
      const q = peopleQuerySchema.parse(query);
      return repo.search(q.text ?? '', q.offset, q.limit);
    },
    get(id: string): Stored<Person> {
      return found(repo.get(id), 'cán bộ', id);
    },
    /** Titles seen in meetings, latest first: the first one pre-fills a new attendance. */
    titles(id: string): PersonTitle[] {
      found(repo.get(id), 'cán bộ', id);
      return repo.titles(id);
    },
    save(input: Person): Stored<Person> {
      return writing(() => db.transaction(() => upsertKeepingStamp(repo, input, now))());
    },
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
