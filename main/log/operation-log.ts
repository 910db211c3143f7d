// The log file in the data folder (logs/so-hop.log): one JSON line per operation — an IPC call, a
// command-line command, an automatic backup — with its name, duration and error code. rotating-file-
// stream rotates it daily and at 2 MB, and keeps the last 7 rotated files (a week, a few MB).
// Only these fields are ever written: names come from fixed lists and codes from shared/errors.ts,
// never an input, a message, a path, a passphrase or a document's text.
import path from 'node:path';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';
import { isErrorCode, type ErrorCode } from '../../shared/errors';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'so-hop.log';

export interface OperationRecord {
  /** An IPC channel, a CLI command ('cli <name>'), or an app event ('app.start'). */
  op: string;
  ms?: number;
  /** Set when the operation failed. */
  code?: ErrorCode | undefined;
  /** A CLI command's exit code. */
  exit?: number;
  /** When it ended (now, unless given: the CLI gives one so its --verbose line equals the file's). */
  at?: Date;
}

const OP = /^[a-z][a-zA-Z0-9.-]*(?: [a-z][a-z0-9-]*)?$/;

/** The one line a record becomes, in the file and on stderr (`--verbose`). */
export function formatRecord(record: OperationRecord): string {
  const line: Record<string, string | number> = {
    at: (record.at ?? new Date()).toISOString(),
    level: record.code ? 'error' : 'info',
    // Anything not shaped like an operation name is not written as typed.
    op: OP.test(record.op) && record.op.length <= 60 ? record.op : 'unknown',
  };
  if (record.ms !== undefined && Number.isFinite(record.ms)) line.ms = Math.round(record.ms);
  if (record.code) line.code = isErrorCode(record.code) ? record.code : 'E_INTERNAL';
  if (record.exit !== undefined && Number.isInteger(record.exit)) line.exit = record.exit;
  return JSON.stringify(line);
}

export interface OperationLog {
  readonly dir: string;
  write(record: OperationRecord): void;
  /** Times `work` and writes its record, with the code of the error it throws. */
  time<T>(op: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function logFolder(dataDir: string): string {
  return path.join(dataDir, LOG_FOLDER);
}

/** `echo` also receives every line (the CLI's --verbose sends them to stderr). */
export function openOperationLog(dataDir: string, echo?: (line: string) => void): OperationLog {
  const dir = logFolder(dataDir);
  let stream: RotatingFileStream | null = createStream(LOG_FILE, {
    path: dir,
    size: '2M',
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
