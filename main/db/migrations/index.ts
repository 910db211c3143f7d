import { m0001Initial } from './0001-initial';
import { m0003Search } from './0003-search';
import type { Migration } from './types';

/** Every migration, oldest first. Append only: a published migration is never edited. */
export const migrations: readonly Migration[] = [m0001Initial, m0003Search];

/** The newest migration's version (the last of the list). */
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
