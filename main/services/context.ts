import { nowVietnam } from '../../shared/datetime';
import { createRepos, type Repos } from '../db/repos';
import type { Db } from '../db/types';

/** What every service gets: the connection, the repositories and a clock (tests pass a fixed one). */
export interface ServiceContext {
  db: Db;
  repos: Repos;
  now: () => string;
}

export function createContext(db: Db, now: () => string = nowVietnam): ServiceContext {
  return { db, repos: createRepos(db), now };
}
