// A file written over the database (or its WAL, shared memory, journal or lock) destroys it. Paths are
// compared after resolving symlinks (a symlinked folder reaches the same file under another name) and,
// for files that exist, by identity (device and inode), which also catches hard links.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const COMPANIONS = [
  ['', 'tệp dữ liệu'],
  ['-wal', 'nhật ký ghi (-wal) của tệp dữ liệu'],
  ['-shm', 'bộ nhớ chung (-shm) của tệp dữ liệu'],
  ['-journal', 'nhật ký (-journal) của tệp dữ liệu'],
  ['.lock', 'khóa (.lock) của tệp dữ liệu'],
] as const;

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const samePath = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);

/** The real path of `file`: its nearest existing ancestor with symlinks resolved, then the rest as written. */
export function realPathOf(file: string): string {
  const rest: string[] = [];
  for (let head = path.resolve(file); ;) {
    try {
      return path.join(fs.realpathSync.native(head), ...rest);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return path.resolve(file);
      rest.unshift(path.basename(head));
      head = parent;
    }
  }
}

/** Device and inode of an existing file, or undefined (missing, or a file system without inode numbers). */
function identity(file: string): { dev: bigint; ino: bigint } | undefined {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return stat.ino === 0n ? undefined : { dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

/**
 * Refuses (E_USAGE, before anything is written) a `target` that is one of the files of the databases in
 * `databasePaths`, however the path reaches it.
 */
export function assertNotDatabaseFile(target: string, databasePaths: readonly string[]): void {
  const targetReal = realPathOf(target);
  const targetId = identity(target);
  for (const databasePath of databasePaths)
    for (const [suffix, what] of COMPANIONS) {
      const file = `${path.resolve(databasePath)}${suffix}`;
      const fileId = targetId && identity(file);
      if (
        samePath(targetReal, realPathOf(file)) ||
        (targetId && fileId && targetId.dev === fileId.dev && targetId.ino === fileId.ino)
      )
        throw new AppError(
          'E_USAGE',
          `Không thể ghi đè lên ${what} đang dùng (${target}): dữ liệu sẽ bị hỏng. Hãy chọn một tệp khác.`,
        );
    }
}
