// Turns whatever a call threw into what the user reads: the Vietnamese sentence, and on the line under
// it "Chi tiết: E_…", the stable code for the help desk, never inside the sentence. Every place that
// shows an error (messages, alerts, field errors) keeps the line break (styles.css: white-space).
import type { ErrorInfo } from '../../../shared/errors';
import { ApiError } from '../api';

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ApiError)
    return error.path === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, path: error.path };
  return { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** The line under an error's sentence that names its code. */
export const errorDetail = (code: string): string => `Chi tiết: ${code}`;

/** `Sentence.\nChi tiết: E_CODE`, shown on two lines. */
export function describeError(error: unknown): string {
  const info = toErrorInfo(error);
  return `${info.message}\n${errorDetail(info.code)}`;
}
