// A stamp that changes as soon as anything is written to the database: rows changed by this connection
// (total_changes(): triggers and rolled-back writes count too) and commits of other connections to the
// same file (PRAGMA data_version). Whatever is computed from the data can be kept while it holds.
import type { Db, ReadableDb } from '../types';

export function createWriteVersion(db: Db | ReadableDb): () => string {
  const changes = db.prepare('SELECT total_changes()').pluck();
  return () => `${changes.get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
}
