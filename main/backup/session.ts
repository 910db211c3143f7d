// The app's live database as the Electron edge uses it: opened safely (location check, lock, safety
// backup before a migration), with the backup service, the daily schedule, a restore that swaps the file
// under the same lock, and a backup on quit. main/index.ts only wires these to Electron's events.
import { closeDatabase, openDatabase } from '../db/connection';
import type { Db } from '../db/types';
import { createServices, type Services } from '../services';
import { loadBackupState } from './automatic';
import { createBackupService, type BackupService } from './index';
import { openLiveDatabase } from './live';
import { scheduleDailyBackups } from './schedule';

/** What the backup IPC handlers need from the edge (the third argument of `createHandlers`). */
export interface BackupHost {
  /** The app's data folder; the database's folder when not given. */
  dataDir?: string;
  /** The database's one backup service (the session's, which the daily schedule also uses). */
  backups?: BackupService;
  /**
   * Closes the live connection, runs `install` (which renames the restored file into place), then reopens
   * the database (the restored one, or the old one if `install` threw) and rebuilds services and handlers.
   */
  replaceDatabase?: (install: () => void) => Promise<void> | void;
}

export interface LiveSession {
  readonly db: Db;
  readonly services: Services;
  readonly backups: BackupService;
  readonly backupHost: BackupHost;
  /** True once `shutDown` has started: Electron's second `before-quit` must then let the app go. */
  readonly closed: boolean;
  /** On quit: the automatic backup when it is enabled, then checkpoint, close and release the lock. */
  shutDown(): Promise<void>;
}

export interface SessionOptions {
  databasePath: string;
  dataDir: string;
  /** Called after a restore swapped the database: rebuild the IPC handlers over `session.services`. */
  onReplaced(session: LiveSession): void;
  onBackupError?: (error: unknown) => void;
  now?: () => string;
}

export async function startLiveSession(options: SessionOptions): Promise<LiveSession> {
  const { databasePath, dataDir } = options;
  const live = await openLiveDatabase(databasePath, dataDir);
  let db = live.db;
  let services = createServices(db, options.now ? { now: options.now } : {});
  // The Thùng rác keeps deleted records for 30 days; older ones go when the app starts.
  services.trash.purgeExpired();
  // One backup service for the whole session, restores included: one job at a time, one status.
  const backups = createBackupService(() => services, { databasePath, dataDir, now: options.now });
  const stopSchedule = scheduleDailyBackups(backups, dataDir, {
    now: options.now,
    onError: options.onBackupError,
  });
  let closed = false;

  const session: LiveSession = {
    get db() {
      return db;
    },
    get services() {
      return services;
    },
    backups,
    get closed() {
      return closed;
    },
    backupHost: {
      dataDir,
      backups,
      // Runs inside the restore's job: no backup can start between the close and the reopen.
      replaceDatabase(install) {
        // The lock stays held: no other process can slip in between the close and the reopen.
        closeDatabase(db);
        try {
          install();
        } finally {
          db = openDatabase(databasePath);
          services = createServices(db, options.now ? { now: options.now } : {});
          options.onReplaced(session);
        }
      },
    },
    async shutDown() {
      if (closed) return;
      closed = true;
      await stopSchedule();
      try {
        // After the job the user started (a merge, a restore), never in the middle of it.
        if (loadBackupState(dataDir).settings.onQuit) await backups.runAutomatic('quit', { wait: true });
      } catch (error) {
        options.onBackupError?.(error);
      } finally {
        closeDatabase(db);
        live.lock.release();
      }
    },
  };
  return session;
}
