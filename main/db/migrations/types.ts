import type { Db } from '../types';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; versions run 1, 2, 3… with no gaps. */
  version: number;
  name: string;
  up(db: Db): void;
  /**
   * Work on the data that needs the newest schema (rebuilding a derived index): runs once, after every
   * pending migration's `up`, in the same transaction. Never part of the schema itself.
   */
  afterAll?(db: Db): void;
}
