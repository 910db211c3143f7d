// Stands in for renderer/src/api in the component tests:
//   import { invoke } from './fakeApi';
//   vi.mock('../../renderer/src/api', () => import('./fakeApi'));
// then each test scripts `invoke`.
import { vi } from 'vitest';

export const invoke = vi.fn();

export class ApiError extends Error {
  code: string;
  path: string | undefined;
  constructor(info: { code: string; message: string }) {
    super(info.message);
    this.code = info.code;
  }
}
