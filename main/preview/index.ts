// `npm run preview -- [--db PATH] [--port N] [--files DIR]`: the built renderer in any browser, served
// with the real services over loopback. For testing the UI where Electron cannot run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, isInputError } from '../../shared/errors';
import { toErrorInfo } from '../ipc/dispatch';
import { defaultDatabasePath } from '../paths';
import { startPreview } from './start';

const DEFAULT_PORT = 5174;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function readOptions(argv: string[]): { db: string; port: number; files: string | undefined } {
  let values: { db?: string | undefined; port?: string | undefined; files?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, port: { type: 'string' }, files: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new AppError('E_USAGE', `Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new AppError('E_USAGE', `Cổng "${values.port}" không hợp lệ: cần một số từ 0 đến 65535.`);
  return {
    db: path.resolve(values.db ?? defaultDatabasePath()),
    port,
    files: values.files === undefined ? undefined : path.resolve(values.files),
  };
}

function readVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const preview = await startPreview({
    ...options,
    rendererDir: path.join(repoRoot, 'out', 'renderer'),
    version: readVersion(),
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void preview
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Sổ Họp preview: ${preview.url}`);
  console.log(`Tệp đọc và ghi được: ${preview.filesDir}`);
}

main().catch((error: unknown) => {
  const info = toErrorInfo(error);
  console.error(`${info.code}: ${info.message}`);
  process.exit(isInputError(info.code) ? 2 : 1);
});
