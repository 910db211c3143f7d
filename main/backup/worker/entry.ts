// The backup worker thread: runs the jobs the app's thread sends (./jobs.ts), reporting progress and
// answering each with its result or its coded error. Built as out/main/backup-worker.js (electron.vite.config.ts);
// under tsx and Vitest the same file is loaded from TypeScript (./locate.ts).
import { parentPort } from 'node:worker_threads';
import { AppError, type ErrorInfo } from '../../../shared/errors';
import { toAppError } from '../../db/sqlite-errors';
import { runJob } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

function errorInfo(error: unknown): ErrorInfo {
  return (error instanceof AppError ? error : toAppError(error)).toInfo();
}

const port = parentPort;
if (!port) throw new Error('backup worker: not started as a worker thread');
port.on('message', ({ id, job }: ToWorker) => {
  const post = (message: FromWorker) => port.postMessage(message);
  runJob(job, (progress) => post({ id, type: 'progress', progress })).then(
    (result) => post({ id, type: 'done', result }),
    (error: unknown) => post({ id, type: 'failed', error: errorInfo(error) }),
  );
});
