// Shapes of the backup calls (Cài đặt → Sao lưu & khôi phục): what the UI sends and gets back.
import { z } from 'zod';

export const backupCollections = ['organizations', 'people', 'meetings', 'programmes', 'documents'] as const;
export type BackupCollection = (typeof backupCollections)[number];
export type CollectionCounts = Record<BackupCollection, number>;

export interface BackupFileInfo {
  file: string;
  encrypted: boolean;
  /** Null for a bare Sổ Họp database file (no .sohop manifest). */
  createdAt: string | null;
  reason: string | null;
  schemaVersion: number;
  officeName: string | null;
  counts: CollectionCounts;
}

export interface AutomaticBackup {
  file: string;
  name: string;
  createdAt: string;
  reason: string;
  bytes: number;
}

export const backupSettingsSchema = z.object({
  /** Null: the default folder inside the app's data folder. */
  folder: z.string().min(1).max(1000).nullable().default(null),
  daily: z.boolean().default(true),
  onQuit: z.boolean().default(true),
  keepDaily: z.int().min(1).max(365).default(10),
  keepMonthly: z.int().min(0).max(240).default(12),
});
export type BackupSettings = z.output<typeof backupSettingsSchema>;

/** What the backup service of the database is doing: one job at a time, automatic ones included. */
export interface BackupJob {
  kind: 'backup' | 'automatic' | 'inspect' | 'restore' | 'merge-check' | 'merge-apply';
  /** For an automatic backup: daily, quit, before-restore… */
  reason?: string;
}

export interface BackupStatus {
  settings: BackupSettings;
  /** The running job (a daily backup too), or null. */
  job: BackupJob | null;
  folder: string;
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  backups: AutomaticBackup[];
  progress: { running: boolean; totalPages: number; remainingPages: number };
  /**
   * The check of a file: a restore's (or an inspection's) rebuild, or a merge's dry run or real run reading
   * and validating the other office's file. Counts records handled out of all the passes handle.
   */
  restoreProgress: RestoreProgress;
}

/** Which operation is checking a file: a restore or inspection, a merge's dry run, a merge. */
export type CheckPhase = 'restore' | 'merge-check' | 'merge-apply';

export interface RestoreProgress {
  running: boolean;
  done: number;
  total: number;
  /** Absent until a check has run; then the last one's. */
  phase?: CheckPhase;
}

export type MergeOutcome = 'added' | 'updated' | 'skipped';
export interface MergeItem {
  collection: BackupCollection;
  id: string;
  label: string;
  outcome: MergeOutcome;
}
export interface DuplicatePerson {
  incoming: { id: string; fullName: string };
  existing: { id: string; fullName: string }[];
}
export interface MergePlan {
  source: string;
  kind: 'backup' | 'exchange';
  counts: Record<MergeOutcome, CollectionCounts>;
  items: MergeItem[];
  duplicates: DuplicatePerson[];
  /** Passed back to apply: the merge is refused if the data changed since this preview. */
  planId: string;
}

/**
 * The plan as the screen gets it: the counts and the likely duplicates, without the record-by-record list
 * (ten years are tens of thousands of items, which only the command line's --json prints).
 */
export type MergePlanSummary = Omit<MergePlan, 'items'>;

const filePath = z.string().min(1).max(4000);
const passphrase = z.string().min(1).max(1000).optional();
export const backupFileInputSchema = z.object({ file: filePath, passphrase });
export const backupCreateInputSchema = z.object({ out: filePath, passphrase });
export const mergeApplyInputSchema = z.object({ file: filePath, passphrase, planId: z.string().max(128) });

export interface BackupCreated {
  file: string;
  bytes: number;
  encrypted: boolean;
  counts: CollectionCounts;
}

export interface RestoreResult {
  restored: BackupFileInfo;
  /** The safety backup of the data that was replaced ("Hoàn tác khôi phục" restores it). */
  undoFile: string;
}

export interface MergeResult {
  report: Record<MergeOutcome, CollectionCounts>;
  undoFile: string;
}
