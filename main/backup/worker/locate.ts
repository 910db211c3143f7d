// Where the backup worker's code is: in the built app, out/main/backup-worker.js next to the bundle (an
// input of the main build in electron.vite.config.ts); when running from the sources (tsx: the CLI, the
// preview, the benchmarks; Vitest: the tests) it is ./entry.ts, loaded through tsx's loader inside the worker.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export const BUILT_WORKER = 'backup-worker.js';

/** Loads the TypeScript entry with tsx registered in the worker only (its own namespace). */
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then(({ register }) => register({ namespace: 'so-hop-backup-worker' }).import(workerData.entry, workerData.parent))
  .catch((error) => { console.error(error); process.exit(1); });
`;

/** `…/app.asar/out/main/x.js` → `…/app.asar.unpacked/out/main/x.js`; other paths unchanged. */
function unpacked(file: string): string {
  return file.replace(/\.asar([\\/])/, '.asar.unpacked$1');
}

export function startBackupWorker(): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // The bundle keeps shared code in chunks, one folder down or beside the entry files. In the package
  // the worker and what it loads are unpacked beside app.asar (electron-builder.yml, asarUnpack), so the
  // thread reads plain files as Node does, whatever Electron's archive support in workers.
  for (const dir of [here, path.join(here, '..')]) {
    const built = path.join(dir, BUILT_WORKER);
    for (const file of [unpacked(built), built]) if (fs.existsSync(file)) return new Worker(file);
  }
  const entry = path.join(here, 'entry.ts');
  if (!fs.existsSync(entry)) throw new Error(`backup worker not found beside ${here}`);
  const tsx = createRequire(import.meta.url).resolve('tsx/esm/api');
  return new Worker(TSX_BOOTSTRAP, {
    eval: true,
    // Not the parent's `--import tsx`: the worker registers its own loader, and only for itself.
    execArgv: [],
    workerData: { tsx: pathToFileURL(tsx).href, entry: pathToFileURL(entry).href, parent: import.meta.url },
  });
}
