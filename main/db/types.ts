import type BetterSqlite3 from 'better-sqlite3';

/** A connection that may write. Services take this; read-only inspection code takes `ReadableDb`. */
export type Db = BetterSqlite3.Database & { readonly __writable: unique symbol };
/** A connection opened read-only (another office's file, `check`). */
export type ReadableDb = BetterSqlite3.Database;
