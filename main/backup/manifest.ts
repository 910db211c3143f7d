// What a backup says about itself: written beside the database inside the .sohop file, so a file can be
// described (office, date, counts) before anything in it is trusted or opened.
import { z } from 'zod';
import { exchangeCollections, type ExchangeCollection } from '../../shared/exchange';
import type { ReadableDb } from '../db/types';

export const BACKUP_FORMAT = 'so-hop-backup';
export const BACKUP_VERSION = 1;

const count = z.int().min(0).max(100_000_000);
export const backupCountsSchema = z.object({
  organizations: count,
  people: count,
  meetings: count,
  programmes: count,
  documents: count,
});
export type BackupCounts = z.output<typeof backupCountsSchema>;

export const backupReasons = [
  'manual',
  'daily',
  'quit',
  'before-restore',
  'before-merge',
  'before-migration',
] as const;
export type BackupReason = (typeof backupReasons)[number];

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string().max(40),
  applicationId: z.int(),
  schemaVersion: z.int().min(0).max(1_000_000),
  officeName: z.string().max(2_000).nullable(),
  counts: backupCountsSchema,
  databaseBytes: z.int().min(0),
  reason: z.enum(backupReasons),
});
export type BackupManifest = z.output<typeof manifestSchema>;

const tableOf: Record<ExchangeCollection, string> = {
  organizations: 'organizations',
  people: 'people',
  meetings: 'meetings',
  programmes: 'programmes',
  documents: 'documents',
};

export function countRecords(db: ReadableDb): BackupCounts {
  const counts = {} as BackupCounts;
  for (const collection of exchangeCollections)
    counts[collection] = (
      db.prepare(`SELECT count(*) AS n FROM ${tableOf[collection]}`).get() as { n: number }
    ).n;
  return counts;
}

/** The office's name: the default issuing body of the office profile, else the body that organised most meetings. */
export function officeNameOf(db: ReadableDb): string | null {
  const profile = db.prepare("SELECT value FROM settings WHERE key = 'office.profile'").get() as
    { value: string } | undefined;
  let issuerId: unknown;
  try {
    issuerId = profile
      ? (JSON.parse(profile.value) as { defaultIssuerId?: unknown }).defaultIssuerId
      : undefined;
  } catch {
    issuerId = undefined;
  }
  const byId =
    typeof issuerId === 'string'
      ? (db.prepare('SELECT name FROM organizations WHERE id = ?').get(issuerId) as
          { name: string } | undefined)
      : undefined;
  if (byId) return byId.name;
  const busiest = db
    .prepare(
      `SELECT o.name FROM meeting_organizers mo JOIN organizations o ON o.id = mo.organization_id
       GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT 1`,
    )
    .get() as { name: string } | undefined;
  return busiest?.name ?? null;
}
