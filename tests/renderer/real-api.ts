// The renderer's api module over the real handlers and services of a temporary database, through the
// same `dispatch` Electron's IPC and the preview use (zod validation included). A test file mocks
// `renderer/src/api` with `apiOverDatabase` and calls `serveDemoDatabase()` at its top level.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { demoExchange } from '../../main/demo/seed-data';
import { dispatch } from '../../main/ipc/dispatch';
import { createHandlers } from '../../main/ipc/handlers';
import type { ErrorInfo } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc';
import { openTestDb, steppingClock, type TestDb } from '../helpers/db';

let handlers: Handlers | null = null;

export class ApiError extends Error {
  readonly code: ErrorInfo['code'];
  readonly path: string | undefined;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.path = info.path;
  }
}

export const apiOverDatabase = {
  ApiError,
  invoke: async (channel: string, input: unknown): Promise<unknown> => {
    if (!handlers) throw new Error('openApiDb() was not called');
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  },
};

/**
 * Gives each test a temporary database holding the demo data behind `invoke`, closed after the test
 * (once the UI is unmounted). Returns a getter for the current test's database.
 */
export function serveDemoDatabase(): () => TestDb {
  let current: TestDb | null = null;
  beforeEach(() => {
    current = openTestDb(undefined, steppingClock());
    current.services.exchange.import(demoExchange());
    handlers = createHandlers(current.services, { version: 'test', databasePath: current.file });
  });
  afterEach(() => {
    cleanup();
    handlers = null;
    current?.close();
    current = null;
  });
  return () => {
    if (!current) throw new Error('no test database outside a test');
    return current;
  };
}
