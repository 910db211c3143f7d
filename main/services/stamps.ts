// When a save gives a record a new `updatedAt`. A merge keeps the newer `updatedAt`, so a record that a
// save did not change must keep its stamp, or opening and saving would overwrite another office's edits.
import { isDeepStrictEqual } from 'node:util';

export interface Stamped {
  id: string;
  updatedAt: string;
}

/**
 * True when two records hold the same values, whatever the order of their keys, not counting their own
 * `updatedAt` (nested records' stamps do count).
 */
export function sameValues(a: Stamped, b: Stamped): boolean {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return isDeepStrictEqual(restA, restB);
}

interface StampedRepo<T extends Stamped> {
  get(id: string): T | undefined;
  upsert(record: T): void;
  /** Sets only `updatedAt`. */
  touch(id: string, updatedAt: string): void;
}

/**
 * Writes `record` and returns it as stored. It is first written with its old stamp and read back, so
 * the comparison sees exactly what the repository keeps (absent and null fields, defaults, key order):
 * when that equals what was there, the old stamp stays, else only the stamp is rewritten. Call inside a
 * transaction.
 */
export function upsertKeepingStamp<T extends Stamped>(
  repo: StampedRepo<T>,
  record: Omit<T, 'updatedAt'>,
  stamp: () => string,
): T {
  const previous = repo.get(record.id);
  if (!previous) {
    const stored = { ...record, updatedAt: stamp() } as T;
    repo.upsert(stored);
    return stored;
  }
  repo.upsert({ ...record, updatedAt: previous.updatedAt } as T);
  const written = repo.get(record.id) ?? previous;
  if (sameValues(written, previous)) return written;
  const updatedAt = stamp();
  repo.touch(record.id, updatedAt);
  return { ...written, updatedAt };
}
