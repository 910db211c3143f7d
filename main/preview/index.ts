// `npm run preview -- [--db PATH] [--port N]`: the built renderer in any browser, served with the
// real services over loopback. For testing the UI where Electron cannot run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, isInputError } from '../../shared/errors';
import { closeDatabase, openDatabase } from '../db/connection';
import type { Db } from '../db/types';
import { toErrorInfo } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { defaultDatabasePath } from '../paths';
import { createServices } from '../services';
import { startPreviewServer } from './server';

const DEFAULT_PORT = 5174;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function readOptions(argv: string[]): { db: string; port: number } {
  let values: { db?: string | undefined; port?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, port: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new AppError('E_USAGE', `Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new AppError('E_USAGE', `Cổng "${values.port}" không hợp lệ: cần một số từ 0 đến 65535.`);
  return { db: path.resolve(values.db ?? defaultDatabasePath()), port };
}

function readVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  let db: Db | undefined;
  try {
    db = openDatabase(options.db);
    const services = createServices(db);
    services.trash.purgeExpired();
    const handlers = createHandlers(services, { version: readVersion(), databasePath: options.db });
    const server = await startPreviewServer({
      handlers,
      rendererDir: path.join(repoRoot, 'out', 'renderer'),
      port: options.port,
      token: crypto.randomBytes(24).toString('hex'),
    });
    const open = db;
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void server
        .close()
        .catch(() => undefined)
        .finally(() => {
          closeDatabase(open);
          process.exit(0);
        });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    console.log(`Sổ Họp preview: ${server.url}`);
  } catch (error) {
    if (db) closeDatabase(db);
    throw error;
  }
}

main().catch((error: unknown) => {
  const info = toErrorInfo(error);
  console.error(`${info.code}: ${info.message}`);
  process.exit(isInputError(info.code) ? 2 : 1);
});
