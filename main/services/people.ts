import type { z } from 'zod';
import type { Page, PersonTitle, Stored } from '../../shared/domain';
import { peopleQuerySchema } from '../../shared/domain';
import type { PersonListItem, PersonStanding } from '../../shared/directory';
import type { Person } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { found, writing } from './guards';
import { upsertKeepingStamp } from './stamps';

const noStanding: PersonStanding = {
  title: null,
  titleSeenAt: null,
  organizationId: null,
  organizationName: null,
};

export function createPersonService({ db, repos, now }: ServiceContext) {
  const repo = repos.people;
  return {
    /** People matching the text, given name first in the Vietnamese order, each with their current title and unit. */
    list(query: z.input<typeof peopleQuerySchema> = {}): Page<PersonListItem> {
      const q = peopleQuerySchema.parse(query);
      const page = repo.search(q.text ?? '', q.offset, q.limit);
      const standings = repos.personAttendance.standings(page.items.map((p) => p.id));
      return {
        ...page,
        items: page.items.map((p) => ({ ...p, current: standings.get(p.id) ?? noStanding })),
      };
    },
    get(id: string): Stored<Person> {
      return found(repo.get(id), 'cán bộ', id);
    },
    /** The people with these ids that exist, each once, in the order asked (the others left out). */
    getMany(ids: readonly string[]): Stored<Person>[] {
      const people: Stored<Person>[] = [];
      for (const id of new Set(ids)) {
        const person = repo.get(id);
        if (person) people.push(person);
      }
      return people;
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
