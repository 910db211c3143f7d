// Runs one call of the contract: validate the input with zod, call the handler, and turn any
// failure into `{ ok: false, error: { code, message } }`. Used by Electron's IPC and the preview server.
import { AppError, type ErrorInfo } from '../../shared/errors';
import { ipcContract, isChannel, type Channel, type Handlers } from '../../shared/ipc';
import { fail, ok, type Result } from '../../shared/result';
import { firstProblem } from '../../shared/validation';
import { cleanDeep } from '../../shared/vietnamese';
import { toAppError } from '../db/sqlite-errors';

export function toErrorInfo(error: unknown): ErrorInfo {
  const appError = error instanceof AppError ? error : toAppError(error);
  if (appError.code === 'E_INTERNAL') console.error(error);
  return appError.toInfo();
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return fail({ code: 'E_USAGE', message: `Không có lệnh "${String(channel).slice(0, 80)}".` });
  let normalized: unknown;
  try {
    normalized = cleanDeep(rawInput ?? {});
  } catch (error) {
    return fail(toErrorInfo(error));
  }
  const parsed = ipcContract[channel].input.safeParse(normalized);
  if (!parsed.success) {
    const problem = firstProblem(parsed.error);
    return fail({
      code: 'E_VALIDATION',
      message: `Dữ liệu không hợp lệ tại ${problem.path || '(gốc)'}: ${problem.message}.`,
      path: problem.path,
    });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    return fail(toErrorInfo(error));
  }
}

export type { Channel };
