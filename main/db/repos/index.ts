import { createSearchIndexer } from '../../search/indexer';
import { lazyProperties } from '../../lazy-properties';
import type { Db } from '../types';
import { createDocumentRepo } from './documents';
import { createMeetingRepo } from './meetings';
import { createOrganizationRepo } from './organizations';
import { createPersonRepo } from './people';
import { createPersonAttendanceRepo } from './person-attendance';
import { createProgrammeRepo } from './programmes';
import { createRegisterRepo } from './register';
import { createSettingsRepo } from './settings';
import { createTrashRepo } from './trash';

/**
 * `methods` of `repo` end by bringing the search index up to date, inside the caller's transaction (or
 * one of their own when called outside any): every write of the data reaches the index with it. No
 * savepoint inside a transaction: FTS5 writes out its pending terms at each one, which would cut a bulk
 * import into thousands of tiny index segments.
 */
function reindexing<T extends object>(db: Db, repo: T, methods: (keyof T)[], flush: () => void): T {
  const wrapped = { ...repo };
  for (const name of methods) {
    const original = repo[name] as (...args: unknown[]) => unknown;
    const run = (...args: unknown[]) => {
      const result = original(...args);
      flush();
      return result;
    };
    // Made on the first write: better-sqlite3 prepares its BEGIN/COMMIT statements then, which a
    // process that only reads (an export from the command line) never needs.
    let alone: ((...args: unknown[]) => unknown) | undefined;
    wrapped[name] = ((...args: unknown[]) =>
      db.inTransaction ? run(...args) : (alone ??= db.transaction(run))(...args)) as T[keyof T];
  }
  return wrapped;
}

export function createRepos(db: Db) {
  let indexer: ReturnType<typeof createSearchIndexer> | undefined;
  const search = () => (indexer ??= createSearchIndexer(db));
  // `touch` too: a save that changed a record rewrites its stamp, and an undated record's day is its stamp's.
  const writes = <T extends { upsert: unknown; delete: unknown }>(repo: T) =>
    reindexing(
      db,
      repo,
      (['upsert', 'delete', 'touch'] as (keyof T)[]).filter((name) => typeof repo[name] === 'function'),
      () => search().flush(),
    );
  // Each repository prepares its statements when first used (see lazyProperties).
  return lazyProperties({
    organizations: () => writes(createOrganizationRepo(db)),
    people: () => writes(createPersonRepo(db)),
    personAttendance: () => createPersonAttendanceRepo(db),
    meetings: () => writes(createMeetingRepo(db)),
    programmes: () => writes(createProgrammeRepo(db)),
    documents: () => writes(createDocumentRepo(db)),
    register: () => createRegisterRepo(db),
    settings: () => createSettingsRepo(db),
    trash: () => createTrashRepo(db),
    /** The full-text index: `flush()` after a write made outside the repositories above. */
    search,
  });
}

export type Repos = ReturnType<typeof createRepos>;
