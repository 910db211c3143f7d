// One line of the log file (logs/so-hop.log): its fields and its text. Apart from operation-log.ts so
// the command line can append its line without loading rotating-file-stream (see append.ts).
import path from 'node:path';
import { isErrorCode, type ErrorCode } from '../../shared/errors';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'so-hop.log';
/** The file is rotated when it reaches this size (and daily). */
export const LOG_MAX_BYTES = 2 * 1024 ** 2;

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

export function logFolder(dataDir: string): string {
  return path.join(dataDir, LOG_FOLDER);
}
