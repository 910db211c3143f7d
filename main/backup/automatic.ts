// Automatic backups: daily and on quit into a folder the user picks (default `<data folder>/backups`),
// plus safety backups before a restore, a merge or a migration. Settings live in a JSON file in the data
// folder, not in the database, so a restored database never brings another machine's folder with it.
import fs from 'node:fs';
import path from 'node:path';
import { nowVietnam } from '../../shared/datetime';
import { backupSettingsSchema, type AutomaticBackup, type BackupSettings } from '../../shared/backup';
import type { ReadableDb } from '../db/types';
import { writeFileAtomic } from '../files/atomic-write';
import { createBackup, type BackupOptions, type BackupResult } from './create';
import type { BackupReason } from './manifest';

const SETTINGS_FILE = 'backup-settings.json';
const NAME_RE = /^so-hop-(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})(\d{2})-([a-z-]+)\.sohop$/;
const ROTATING: readonly string[] = ['daily', 'quit'];
/** Safety backups (before a restore, merge or migration) kept regardless of the daily rotation. */
const KEEP_SAFETY = 10;

interface StoredState {
  settings: BackupSettings;
  lastBackupAt: string | null;
  lastBackupFile: string | null;
}

export function loadBackupState(dataDir: string): StoredState {
  let raw: { settings?: unknown; lastBackupAt?: unknown; lastBackupFile?: unknown } = {};
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')) as typeof raw;
  } catch {
    raw = {};
  }
  const settings = backupSettingsSchema.safeParse(raw.settings ?? {});
  return {
    settings: settings.success ? settings.data : backupSettingsSchema.parse({}),
    lastBackupAt: typeof raw.lastBackupAt === 'string' ? raw.lastBackupAt : null,
    lastBackupFile: typeof raw.lastBackupFile === 'string' ? raw.lastBackupFile : null,
  };
}

function saveState(dataDir: string, state: StoredState): void {
  fs.mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(path.join(dataDir, SETTINGS_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

export function saveBackupSettings(dataDir: string, settings: BackupSettings): BackupSettings {
  const state = loadBackupState(dataDir);
  saveState(dataDir, { ...state, settings: backupSettingsSchema.parse(settings) });
  return loadBackupState(dataDir).settings;
}

export function backupFolder(dataDir: string, settings: BackupSettings): string {
  return settings.folder ?? path.join(dataDir, 'backups');
}

/** `2026-11-23T08:05:09+07:00` → `so-hop-2026-11-23_080509-daily.sohop` (local Vietnam time sorts by name). */
export function automaticName(now: string, reason: BackupReason): string {
  return `so-hop-${now.slice(0, 10)}_${now.slice(11, 13)}${now.slice(14, 16)}${now.slice(17, 19)}-${reason}.sohop`;
}

export function listAutomaticBackups(folder: string): AutomaticBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: AutomaticBackup[] = [];
  for (const name of names) {
    const m = NAME_RE.exec(name);
    if (!m) continue;
    const file = path.join(folder, name);
    const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}+07:00`;
    backups.push({ file, name, createdAt, reason: m[5] as string, bytes: fs.statSync(file).size });
  }
  return backups.sort((a, b) => b.name.localeCompare(a.name));
}

/**
 * Which automatic backups to delete: the daily rotation keeps the newest of each of the last `keepDaily`
 * days and of each of the last `keepMonthly` months; safety backups keep their own last ten.
 */
export function backupsToDelete(backups: AutomaticBackup[], settings: BackupSettings): AutomaticBackup[] {
  const newestFirst = [...backups].sort((a, b) => b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  let safety = 0;
  for (const b of newestFirst) {
    if (!ROTATING.includes(b.reason)) {
      if (safety++ < KEEP_SAFETY) keep.add(b.file);
      continue;
    }
    const day = b.createdAt.slice(0, 10);
    const month = b.createdAt.slice(0, 7);
    if (!days.has(day) && days.size < settings.keepDaily) {
      days.add(day);
      keep.add(b.file);
    }
    if (!months.has(month) && months.size < settings.keepMonthly) {
      months.add(month);
      keep.add(b.file);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.file));
}

/** Makes an automatic backup now, records it as the last good one, then applies the rotation. */
export async function runAutomaticBackup(
  db: ReadableDb,
  dataDir: string,
  reason: BackupReason,
  options: { now?: () => string; onProgress?: BackupOptions['onProgress'] } = {},
): Promise<BackupResult> {
  const now = options.now ?? nowVietnam;
  const state = loadBackupState(dataDir);
  const folder = backupFolder(dataDir, state.settings);
  const stamp = now();
  let file = path.join(folder, automaticName(stamp, reason));
  for (let n = 2; fs.existsSync(file); n++)
    file = path.join(folder, automaticName(stamp, reason).replace('.sohop', `-${n}.sohop`));
  const result = await createBackup(db, file, { reason, now: () => stamp, onProgress: options.onProgress });
  saveState(dataDir, { ...loadBackupState(dataDir), lastBackupAt: stamp, lastBackupFile: result.file });
  for (const old of backupsToDelete(listAutomaticBackups(folder), state.settings))
    fs.rmSync(old.file, { force: true });
  return result;
}

/** True when the daily backup has not yet run today (Vietnam time). */
export function dailyBackupDue(dataDir: string, now: string): boolean {
  const state = loadBackupState(dataDir);
  return state.settings.daily && (state.lastBackupAt ?? '').slice(0, 10) !== now.slice(0, 10);
}
