// Test data folders with a live database and the backup service over it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackupService, type BackupService } from '../../../main/backup';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import type { Db } from '../../../main/db/types';
import { demoExchange, demoPartyTermStart } from '../../../main/demo/seed-data';
import { createServices, type Services } from '../../../main/services';
import type { KdfParams } from '../../../main/backup/crypto';
import { steppingClock, tempDir } from '../../helpers/db';

/** Cheap scrypt settings for tests that make many encrypted files (reading accepts N ≥ 2^12). */
export const TEST_KDF: KdfParams = { N: 2 ** 12, r: 8, p: 1 };

export interface DataFolder {
  dataDir: string;
  databasePath: string;
  db: Db;
  services: Services;
  backups: BackupService;
  /** The whole database as exchange JSON, without the export time. */
  exported(): string;
  close(): void;
  reopen(): void;
}

export function exportedJson(services: Services): string {
  const { exportedAt: _ignored, ...rest } = services.exchange.exportAll();
  return JSON.stringify(rest);
}

export function openDataFolder(dataDir = tempDir('so-hop-backup-'), clockStart?: number): DataFolder {
  const databasePath = path.join(dataDir, 'so-hop.sqlite');
  const clock = steppingClock(clockStart);
  const folder = {} as DataFolder;
  const bind = () => {
    const db = openDatabase(databasePath);
    const services = createServices(db, { now: clock });
    Object.assign(folder, {
      db,
      services,
      backups: createBackupService(services, { databasePath, dataDir, now: clock }),
    });
  };
  bind();
  Object.assign(folder, {
    dataDir,
    databasePath,
    exported: () => exportedJson(folder.services),
    close: () => closeDatabase(folder.db),
    reopen: () => {
      closeDatabase(folder.db);
      bind();
    },
  });
  return folder;
}

/** Demo data plus what the exchange format does not carry: a Party term, an office setting, register counters. */
export function fillWithDemo(folder: DataFolder): void {
  const { services } = folder;
  services.exchange.import(demoExchange());
  services.register.setDefaultTermStart(demoPartyTermStart);
  const org = services.ctx.repos.organizations.all()[0];
  if (org) services.register.setTermStart(org.id, '2020-10-01');
}

export function trackDataFolders() {
  const open: DataFolder[] = [];
  afterEach(() => {
    for (const f of open.splice(0)) {
      f.close();
      fs.rmSync(f.dataDir, { recursive: true, force: true });
    }
  });
  return (dataDir?: string, clockStart?: number) => {
    const folder = openDataFolder(dataDir, clockStart);
    open.push(folder);
    return folder;
  };
}
