// Stable error codes shared by the services, the IPC boundary, the CLI and the UI.
// Messages shown to the user are Vietnamese; the code never changes once published.

export const errorCodes = {
  E_USAGE: 'input',
  E_VALIDATION: 'input',
  E_NOT_FOUND: 'input',
  E_CONFLICT: 'input',
  E_IN_USE: 'input',
  E_FROZEN: 'input',
  E_IMPORT_JSON: 'input',
  E_IMPORT_INVALID: 'input',
  E_IMPORT_REFERENCE: 'input',
  E_FILE_NOT_FOUND: 'input',
  E_FILE_LOCKED: 'input',
  E_PATH_FORBIDDEN: 'input',
  E_DB_NEWER: 'input',
  E_DB_NOT_SOHOP: 'input',
  E_DB_CORRUPT: 'input',
  E_DB_BUSY: 'environment',
  E_DB_READONLY: 'environment',
  E_DISK_FULL: 'environment',
  E_REGISTER_NO_TERM: 'input',
  /** A number taken on paper that a document of the same series already carries. */
  E_REGISTER_NUMBER_USED: 'input',
  E_DOC_INVALID: 'input',
  E_DOC_INCOMPLETE: 'input',
  E_IPC_SENDER: 'environment',
  E_INTERNAL: 'environment',
  E_BACKUP_INVALID: 'input',
  E_BACKUP_TAMPERED: 'input',
  E_BACKUP_PASSPHRASE: 'input',
  E_BACKUP_NEWER: 'input',
  E_BACKUP_BUSY: 'environment',
  E_DB_LOCKED: 'environment',
  E_DB_NETWORK: 'environment',
  /** JSON nested deeper than any data of the app (a hostile file or call). */
  E_TOO_DEEP: 'input',
  /** A FIFO, a device or a socket offered as a file to read. */
  E_FILE_NOT_REGULAR: 'input',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Path of the offending field, e.g. `meetings[0].startsAt`, when there is one. */
  path?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { path?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.path = options?.path;
  }

  toInfo(): ErrorInfo {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

/** Bad input (exit code 2 in the CLI) as opposed to a failure of the machine or the app (exit code 1). */
export function isInputError(code: ErrorCode): boolean {
  return errorCodes[code] === 'input';
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCodes, value);
}
