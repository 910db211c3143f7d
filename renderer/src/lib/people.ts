// Names of people by id, fetched once per session and shared (attendee lists show names). A restore or a
// merge replaces them: `forgetPeople` drops them all and the screens showing names fetch them again.
import { useEffect, useState } from 'react';
import type { Stored } from '../../../shared/domain';
import type { Person } from '../../../shared/exchange';
import { PEOPLE_GET_MANY_MAX } from '../../../shared/domain';
import { invoke } from '../api';

const known = new Map<string, Stored<Person>>();
const listeners = new Set<() => void>();

export function rememberPerson(person: Stored<Person>): void {
  known.set(person.id, person);
}

/** Forget every loaded person (the data was restored or merged); mounted lists load theirs again. */
export function forgetPeople(): void {
  known.clear();
  listeners.forEach((l) => l());
}

/** The people with these ids (those that could not be loaded are left out). */
export function usePeople(ids: readonly string[]): Map<string, Stored<Person>> {
  const [, setRound] = useState(0);
  const [generation, setGeneration] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    const bump = () => setGeneration((g) => g + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  useEffect(() => {
    const missing = key.split(',').filter((id) => id && !known.has(id));
    if (missing.length === 0) return;
    let live = true;
    // One call per 500 names (a meeting's twenty attendees: one call, not twenty).
    const batches: string[][] = [];
    for (let i = 0; i < missing.length; i += PEOPLE_GET_MANY_MAX)
      batches.push(missing.slice(i, i + PEOPLE_GET_MANY_MAX));
    void Promise.allSettled(
      batches.map((ids) =>
        invoke('people.getMany', { ids }).then((people) => people.forEach((p) => known.set(p.id, p))),
      ),
    ).then(() => live && setRound((r) => r + 1));
    return () => {
      live = false;
    };
  }, [key, generation]);
  return known;
}

/** The name of a person already loaded in this session, if any. */
export function knownName(id: string): string | undefined {
  return known.get(id)?.fullName;
}
