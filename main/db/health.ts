import { APPLICATION_ID } from './connection';
import { LATEST_SCHEMA_VERSION } from './migrations';
import type { ReadableDb } from './types';

export interface HealthReport {
  ok: boolean;
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number | null; parent: string }[];
  schemaVersion: number;
  latestSchemaVersion: number;
  applicationIdMatches: boolean;
}

/** integrity_check, foreign_key_check and the version pragmas: what `check` reports. */
export function checkDatabase(db: ReadableDb): HealthReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const foreignKeyViolations = (
    db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  ).map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const applicationIdMatches = db.pragma('application_id', { simple: true }) === APPLICATION_ID;
  const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
  return {
    ok:
      integrityOk &&
      foreignKeyViolations.length === 0 &&
      applicationIdMatches &&
      schemaVersion === LATEST_SCHEMA_VERSION,
    integrity,
    foreignKeyViolations,
    schemaVersion,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    applicationIdMatches,
  };
}
