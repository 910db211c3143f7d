import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupsToDelete,
  dailyBackupDue,
  listAutomaticBackups,
  saveBackupSettings,
} from '../../../main/backup/automatic';
import { openLiveDatabase } from '../../../main/backup/live';
import { acquireDatabaseLock } from '../../../main/db/lock';
import { assertUsableLocation, isNetworkLocation } from '../../../main/db/location';
import { AppError } from '../../../shared/errors';
import { backupSettingsSchema, type AutomaticBackup } from '../../../shared/backup';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders } from './fixtures';

const dataFolder = trackDataFolders();

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('the database lock', () => {
  it('lets only one process write a database, and frees itself when the holder dies', () => {
    const file = path.join(tempDir(), 'so-hop.sqlite');
    const lock = acquireDatabaseLock(file);
    expect(codeOf(() => acquireDatabaseLock(file))).toBe('E_DB_LOCKED');
    // Another process is refused too.
    const script = `const { acquireDatabaseLock } = await import(${JSON.stringify(path.resolve('main/db/lock.ts'))});
      try { acquireDatabaseLock(${JSON.stringify(file)}); console.log('taken'); } catch (e) { console.log(e.code); }`;
    const child = () =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
      }).stdout.trim();
    expect(child()).toBe('E_DB_LOCKED');
    lock.release();
    expect(child()).toBe('taken');
    // The child exited without releasing: the lock is free again.
    acquireDatabaseLock(file).release();
  });

  it('is taken by openLiveDatabase for as long as the app has the database open', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'so-hop.sqlite');
    const live = await openLiveDatabase(file, dir);
    await expect(openLiveDatabase(file, dir)).rejects.toMatchObject({ code: 'E_DB_LOCKED' });
    live.close();
    (await openLiveDatabase(file, dir)).close();
  });
});

describe('where the database lives', () => {
  it('recognises network drives', () => {
    expect(isNetworkLocation('\\\\server\\share\\so-hop.sqlite', 'win32')).toBe(true);
    expect(isNetworkLocation('C:\\Users\\vt\\so-hop.sqlite', 'win32')).toBe(false);
    const mounts = '/dev/vda / ext4 rw 0 0\nserver:/x /mnt/nas nfs4 rw 0 0\n';
    expect(isNetworkLocation('/mnt/nas/so-hop.sqlite', 'linux', () => mounts)).toBe(true);
    expect(isNetworkLocation('/home/vt/so-hop.sqlite', 'linux', () => mounts)).toBe(false);
  });

  it('refuses a read-only folder with a clear message', () => {
    if (process.getuid?.() === 0) return; // root may write anywhere
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    expect(codeOf(() => assertUsableLocation(path.join(dir, 'so-hop.sqlite')))).toBe('E_DB_READONLY');
    fs.chmodSync(dir, 0o700);
  });

  it('accepts a data folder that does not exist yet', () => {
    expect(codeOf(() => assertUsableLocation(path.join(tempDir(), 'mới', 'so-hop.sqlite')))).toBe('no error');
  });
});

describe('automatic backups', () => {
  const settings = backupSettingsSchema.parse({ keepDaily: 3, keepMonthly: 2 });
  const backup = (createdAt: string, reason = 'daily'): AutomaticBackup => ({
    file: `${createdAt}-${reason}`,
    name: `so-hop-${createdAt.slice(0, 10)}_${createdAt.slice(11, 13)}0000-${reason}.sohop`,
    createdAt,
    reason,
    bytes: 1,
  });

  it('keeps the newest of each of the last days and months, and the last safety backups', () => {
    const all = [
      backup('2026-11-23T18:00:00+07:00', 'quit'),
      backup('2026-11-23T09:00:00+07:00'),
      backup('2026-11-22T09:00:00+07:00'),
      backup('2026-11-21T09:00:00+07:00'),
      backup('2026-11-20T09:00:00+07:00'),
      backup('2026-10-31T09:00:00+07:00'),
      backup('2026-10-01T09:00:00+07:00'),
      backup('2026-09-30T09:00:00+07:00'),
      backup('2026-01-01T09:00:00+07:00', 'before-restore'),
    ];
    expect(backupsToDelete(all, settings).map((b) => b.createdAt)).toEqual([
      '2026-11-23T09:00:00+07:00',
      '2026-11-20T09:00:00+07:00',
      '2026-10-01T09:00:00+07:00',
      '2026-09-30T09:00:00+07:00',
    ]);
  });

  it('runs into the chosen folder, records the last good backup, and rotates', async () => {
    const folder = dataFolder();
    fillWithDemo(folder);
    const target = path.join(tempDir(), 'Sao lưu tự động');
    saveBackupSettings(folder.dataDir, { ...settings, folder: target });
    expect(dailyBackupDue(folder.dataDir, '2026-11-23T10:00:00+07:00')).toBe(true);
    for (let i = 0; i < 3; i++) await folder.backups.runAutomatic('daily');
    const status = folder.backups.status();
    expect(status.folder).toBe(target);
    // Three backups on one day: the rotation keeps the newest only.
    expect(listAutomaticBackups(target).map((b) => b.file)).toEqual([status.lastBackupFile]);
    expect(dailyBackupDue(folder.dataDir, status.lastBackupAt ?? '')).toBe(false);
    expect((await folder.backups.inspect(status.backups[0]?.file ?? '')).counts.meetings).toBeGreaterThan(0);
  });
});

describe('the daily schedule', () => {
  it('backs up once on a day that has no backup yet, and not again that day', async () => {
    const folder = dataFolder();
    fillWithDemo(folder);
    const { scheduleDailyBackups } = await import('../../../main/backup/schedule');
    const stop = scheduleDailyBackups(folder.backups, folder.dataDir, { intervalMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stop();
    expect(folder.backups.status().backups.map((b) => b.reason)).toEqual(['daily']);
  });
});

describe('a backup aimed at the live database', () => {
  it('is refused with E_USAGE for the database, its WAL and its shared-memory file, changing nothing', async () => {
    const folder = dataFolder();
    fillWithDemo(folder);
    const before = folder.exported();
    const files = () =>
      fs
        .readdirSync(folder.dataDir)
        .filter((f) => !f.endsWith('.lock'))
        .sort();
    const present = files();
    for (const target of ['', '-wal', '-shm'].map((s) => folder.databasePath + s)) {
      await expect(folder.backups.create(target)).rejects.toMatchObject({
        code: 'E_USAGE',
        message: expect.stringContaining('tệp dữ liệu đang dùng'),
      });
    }
    expect(files()).toEqual(present);
    folder.reopen();
    expect(folder.exported()).toBe(before);
    expect(folder.services.database.check()).toMatchObject({ ok: true });
  });
});
