// SHA-256 of a file's first bytes followed by a tail, on a worker thread: the main thread meanwhile runs
// the copy's integrity_check (synchronous, in SQLite), so the two overlap. The worker's code is plain
// JavaScript using only node:crypto and node:fs, passed as text: it needs no build step and runs the same
// under tsx, vitest and the bundled Electron main process.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Below this a worker's start-up costs more than hashing the file here. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024;

const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { file, length, tail } = workerData;
const hash = createHash('sha256');
const fd = fs.openSync(file, 'r');
try {
  const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (let done = 0; done < length; ) {
    const read = fs.readSync(fd, chunk, 0, Math.min(chunk.length, length - done), done);
    if (read === 0) throw new Error('file shorter than expected');
    hash.update(chunk.subarray(0, read));
    done += read;
  }
} finally {
  fs.closeSync(fd);
}
parentPort.postMessage(hash.update(tail).digest());
`;

export interface FileHash {
  /** Resolves to the digest of the file's first `length` bytes, then `tail`. */
  digest: Promise<Buffer>;
  /** Stops the worker (the result is no longer needed); resolves once it has let go of the file. */
  cancel(): Promise<void>;
}

function hashHere(file: string, length: number, tail: Uint8Array): Buffer {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(Math.min(length, 4 * 1024 * 1024) || 1);
    for (let done = 0; done < length;) {
      const read = fs.readSync(fd, chunk, 0, Math.min(chunk.length, length - done), done);
      if (read === 0) throw new Error('file shorter than expected');
      hash.update(chunk.subarray(0, read));
      done += read;
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.update(tail).digest();
}

/** Hashes on a worker thread, or right here (before returning) for a small file. */
export function hashFile(file: string, length: number, tail: Uint8Array): FileHash {
  if (length < WORKER_MIN_BYTES) {
    const digest = hashHere(file, length, tail);
    return { digest: Promise.resolve(digest), cancel: () => Promise.resolve() };
  }
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, length, tail } });
  const digest = new Promise<Buffer>((resolve, reject) => {
    worker.once('message', (value: Uint8Array) =>
      resolve(Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)));
  });
  // A cancelled or failed hash must not surface as an unhandled rejection.
  digest.catch(() => undefined);
  return {
    digest,
    cancel: async () => {
      await worker.terminate();
    },
  };
}
