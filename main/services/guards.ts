import { AppError } from '../../shared/errors';
import { toAppError } from '../db/sqlite-errors';
import type { ExchangeCollection } from '../../shared/exchange';
import { formatPath } from '../../shared/validation';
import type { Repos } from '../db/repos';
import { describeMissing, firstMissingReference, referencesOf, type ReferenceKind } from './references';

export function found<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new AppError('E_NOT_FOUND', `Không tìm thấy ${what} (mã ${id}).`);
  return value;
}

/** Runs a delete, turning "still referenced" into a readable refusal. */
export function deleteOrExplain(run: () => boolean, what: string, id: string): void {
  try {
    if (!run()) throw new AppError('E_NOT_FOUND', `Không tìm thấy ${what} (mã ${id}).`);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'E_VALIDATION')
      throw new AppError(
        'E_IN_USE',
        `Không xóa được ${what}: đang được dùng trong cuộc họp, văn bản hoặc chương trình.`,
        {
          cause: error,
        },
      );
    throw appError;
  }
}

/** Runs a write and maps SQLite failures (missing reference, disk full…) to coded errors. */
export function writing<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toAppError(error);
  }
}

export function existsInDatabase(repos: Repos): (kind: ReferenceKind, id: string) => boolean {
  return (kind, id) => repos[kind].updatedAt(id) !== undefined;
}

/** Refuses a save that points to a record the database does not have, naming the field. */
export function assertReferencesExist(
  repos: Repos,
  collection: ExchangeCollection,
  record: Parameters<typeof referencesOf>[1],
): void {
  const missing = firstMissingReference(referencesOf(collection, record), existsInDatabase(repos));
  if (missing) {
    const path = formatPath(missing.path);
    throw new AppError('E_VALIDATION', `${path}: ${describeMissing(missing)}.`, { path });
  }
}
