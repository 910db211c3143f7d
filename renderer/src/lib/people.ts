// Names of people by id, fetched once per session and shared (attendee lists show names).
import { useEffect, useState } from 'react';
import type { Stored } from '../../../shared/domain';
import type { Person } from '../../../shared/exchange';
import { invoke } from '../api';

const known = new Map<string, Stored<Person>>();

export function rememberPerson(person: Stored<Person>): void {
  known.set(person.id, person);
}

/** The people with these ids (those that could not be loaded are left out). */
export function usePeople(ids: readonly string[]): Map<string, Stored<Person>> {
  const [, setRound] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    const missing = key.split(',').filter((id) => id && !known.has(id));
    if (missing.length === 0) return;
    let live = true;
    void Promise.allSettled(
      missing.map((id) => invoke('people.get', { id }).then((p) => known.set(p.id, p))),
    ).then(() => live && setRound((r) => r + 1));
    return () => {
      live = false;
    };
  }, [key]);
  return known;
}

/** The name of a person already loaded in this session, if any. */
export function knownName(id: string): string | undefined {
  return known.get(id)?.fullName;
}
