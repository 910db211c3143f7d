// The SQL a repository prepares, caught as it prepares it on `db` (for query-plan tests of the
// repository's own statements).
import type { Db } from '../../main/db/types';

export function preparedBy(db: Db, make: (db: Db) => unknown): string[] {
  const seen: string[] = [];
  const spy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare')
        return (sql: string) => {
          seen.push(sql);
          return target.prepare(sql);
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  make(spy);
  return seen;
}
