// The log file in the data folder (logs/so-hop.log): one JSON line per operation — an IPC call, a
// command-line command, an automatic backup — with its name, duration and error code. rotating-file-
// stream rotates it daily and at 2 MB, and keeps the last 7 rotated files (a week, a few MB).
// Only these fields are ever written: names come from fixed lists and codes from shared/errors.ts,
// never an input, a message, a path, a passphrase or a document's text.
import { createStream, type RotatingFileStream } from 'rotating-file-stream';
import { isErrorCode } from '../../shared/errors';
import { formatRecord, LOG_FILE, LOG_MAX_BYTES, logFolder, type OperationRecord } from './record';

export { LOG_FILE, LOG_FOLDER, LOG_MAX_BYTES, formatRecord, logFolder, type OperationRecord } from './record';

export interface OperationLog {
  readonly dir: string;
  write(record: OperationRecord): void;
  /** Times `work` and writes its record, with the code of the error it throws. */
  time<T>(op: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `echo` also receives every line (the CLI's --verbose sends them to stderr). */
export function openOperationLog(dataDir: string, echo?: (line: string) => void): OperationLog {
  const dir = logFolder(dataDir);
  let stream: RotatingFileStream | null = createStream(LOG_FILE, {
    path: dir,
    size: `${LOG_MAX_BYTES / 1024 ** 2}M`,
    interval: '1d',
    maxFiles: 7,
  });
  // A log that cannot be written (full disk, read-only folder) never stops the app.
  stream.on('error', () => undefined);
  const write = (record: OperationRecord) => {
    const line = formatRecord(record);
    echo?.(line);
    if (stream && !stream.destroyed) stream.write(`${line}\n`);
  };
  return {
    dir,
    write,
    async time(op, work) {
      const started = performance.now();
      try {
        const result = await work();
        write({ op, ms: performance.now() - started });
        return result;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        write({ op, ms: performance.now() - started, code: isErrorCode(code) ? code : 'E_INTERNAL' });
        throw error;
      }
    },
    close() {
      const closing = stream;
      stream = null;
      if (!closing || closing.destroyed) return Promise.resolve();
      return new Promise((resolve) => closing.end(() => resolve()));
    },
  };
}
