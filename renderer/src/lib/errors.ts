// Turns whatever a call threw into a readable Vietnamese message with its code.
import type { ErrorInfo } from '../../../shared/errors';
import { ApiError } from '../api';

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ApiError)
    return error.path === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, path: error.path };
  return { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export function describeError(error: unknown): string {
  const info = toErrorInfo(error);
  return `${info.message} (mã lỗi ${info.code})`;
}
