import { m0001Initial } from './0001-initial';
import { m0002DocumentsV2 } from './0002-documents-v2';
import type { Migration } from './types';

/** Every migration, oldest first. Append only: a published migration is never edited. */
export const migrations: readonly Migration[] = [m0001Initial, m0002DocumentsV2];

export const LATEST_SCHEMA_VERSION = migrations.length;
