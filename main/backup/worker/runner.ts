// Running backup jobs: on the process's one backup worker thread (started on first use, kept while the
// process lives, not keeping it alive when idle), or in this thread for tests that inject faults here.
import type { Worker } from 'node:worker_threads';
import { AppError, isErrorCode } from '../../../shared/errors';
import { runJob } from './jobs';
import { startBackupWorker } from './locate';
import type { FromWorker, JobKind, JobOf, JobProgress, JobResults } from './protocol';

export interface JobRunner {
  run<K extends JobKind>(job: JobOf<K>, onProgress: (progress: JobProgress) => void): Promise<JobResults[K]>;
}

/** In this thread: the same jobs without the worker (tests that mock a module of this thread). */
export const inlineJobs: JobRunner = { run: (job, onProgress) => runJob(job, onProgress) };

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress(progress: JobProgress): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function lost(reason: string): void {
  worker = null;
  const error = new AppError('E_INTERNAL', `Luồng sao lưu dừng bất thường (${reason}); hãy thử lại.`);
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = startBackupWorker();
  started.on('message', (message: FromWorker) => {
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') return job.onProgress(message.progress);
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    if (message.type === 'done') job.resolve(message.result);
    else {
      const { code, message: text, path } = message.error;
      job.reject(
        new AppError(isErrorCode(code) ? code : 'E_INTERNAL', text, path === undefined ? {} : { path }),
      );
    }
  });
  started.on('error', (error) => lost(String(error)));
  started.on('exit', (code) => {
    if (worker === started) lost(`mã ${code}`);
  });
  worker = started;
  return started;
}

/** On the backup worker thread: the app's thread stays free while the job runs. */
export const workerJobs: JobRunner = {
  run<K extends JobKind>(job: JobOf<K>, onProgress: (progress: JobProgress) => void) {
    const thread = theWorker();
    const id = nextId++;
    return new Promise<JobResults[K]>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      thread.ref();
      thread.postMessage({ id, job });
    });
  },
};
