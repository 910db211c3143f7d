// Starting the browser preview over a database: as a writer it holds the database's one-writer lock for
// its whole life (a restore by the CLI or the app cannot replace the file under it, and it refuses to start
// while another process holds it), and the page may read and write files only inside one folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStaleTemporaryFiles } from '../backup';
import { closeDatabase, openDatabase } from '../db/connection';
import { acquireDatabaseLock } from '../db/lock';
import { assertUsableLocation } from '../db/location';
import type { Db } from '../db/types';
import { createHandlers } from '../ipc/handlers';
import { confinedAccess } from '../ipc/handlers/file-access';
import { createServices } from '../services';
import { startPreviewServer } from './server';

export interface PreviewOptions {
  db: string;
  port: number;
  /** The only folder the page may read files from and write files to; a new temporary folder by default. */
  files?: string | undefined;
  rendererDir: string;
  version: string;
  token?: string;
}

export interface RunningPreview {
  url: string;
  port: number;
  token: string;
  /** The real path of the files folder. */
  filesDir: string;
  /** Stops serving, closes the database and releases its lock. */
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const databasePath = path.resolve(options.db);
  assertUsableLocation(databasePath);
  const lock = acquireDatabaseLock(databasePath);
  let db: Db | undefined;
  try {
    const dataDir = path.dirname(databasePath);
    removeStaleTemporaryFiles(databasePath, dataDir);
    const filesDir = options.files ?? fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-preview-files-'));
    const access = confinedAccess(filesDir);
    db = openDatabase(databasePath);
    const services = createServices(db);
    // The Thùng rác keeps deleted records for 30 days; older ones go when the preview starts.
    services.trash.purgeExpired();
    const handlers = createHandlers(
      services,
      { version: options.version, databasePath },
      { dataDir },
      undefined,
      { access },
    );
    const token = options.token ?? crypto.randomBytes(24).toString('hex');
    const server = await startPreviewServer({
      handlers,
      rendererDir: options.rendererDir,
      port: options.port,
      token,
    });
    const open = db;
    return {
      url: server.url,
      port: server.port,
      token,
      filesDir: fs.realpathSync.native(filesDir),
      async close() {
        try {
          await server.close();
        } finally {
          closeDatabase(open);
          lock.release();
        }
      },
    };
  } catch (error) {
    if (db) closeDatabase(db);
    lock.release();
    throw error;
  }
}
