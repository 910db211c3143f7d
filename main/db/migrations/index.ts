import { m0001Initial } from './0001-initial';
import { m0002Trash } from './0002-trash';
import { m0003DocumentsV2 } from './0003-documents-v2';
import { m0004Search } from './0004-search';
import { m0005TaskIndexes } from './0005-task-indexes';
import { m0006OverviewIndexes } from './0006-overview-indexes';
import type { Migration } from './types';

/** Every migration, oldest first. Append only: a published migration is never edited. */
export const migrations: readonly Migration[] = [
  m0001Initial,
  m0002Trash,
  m0003DocumentsV2,
  m0004Search,
  m0005TaskIndexes,
  m0006OverviewIndexes,
];

/** The version of the newest migration (versions are assigned in order; the list holds them ascending). */
export const LATEST_SCHEMA_VERSION = migrations.reduce((v, m) => Math.max(v, m.version), 0);
