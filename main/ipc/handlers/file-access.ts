// Which paths the page may name in a call (a DOCX or backup to write, a backup or exchange file to read,
// the automatic backups' folder). The page is not trusted with the file system: in the desktop app a path
// must come from a native dialog the user answered (see FileGrants); in the browser preview it must lie
// inside the one folder given at start, compared after resolving symbolic links.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { FileKind } from '../../../shared/files';
import type { FileGrants } from './files';
import type { OpenedFiles } from './opened';

export interface FileAccess {
  /** Refuses (with a coded error) unless the page may write `target`. */
  checkWrite(target: string, kind: FileKind): void;
  /** Refuses unless the page may read `source` (a backup or exchange file to inspect, restore or merge). */
  checkRead(source: string): void;
  /** Refuses unless the automatic backups may go to `folder`. */
  checkFolder(folder: string): void;
}

/** The desktop app: only what the user picked in a native dialog, or the file the system opened with the app. */
export function grantedAccess(grants: FileGrants, opened?: OpenedFiles): FileAccess {
  return {
    checkWrite: (target, kind) => grants.assertChosen(target, kind),
    checkRead: (source) => {
      if (!opened?.isGranted(source)) grants.assertOpened(source, ['sohop', 'json']);
    },
    checkFolder: (folder) => grants.assertOpened(folder, ['folder']),
  };
}

function forbidden(root: string, file: string): AppError {
  return new AppError(
    'E_PATH_FORBIDDEN',
    `Bản xem trước chỉ đọc và ghi tệp trong thư mục ${root}; không dùng được ${file}. Hãy chọn một đường dẫn trong thư mục đó.`,
  );
}

/** The real path of `file`, or of its nearest existing folder followed by the rest of the path. */
function realPathOf(file: string): string {
  const missing: string[] = [];
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    try {
      return path.join(fs.realpathSync.native(at), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(at) === at) throw error;
      missing.push(path.basename(at));
    }
  }
}

/**
 * The browser preview: every path must resolve (symbolic links followed, `..` removed) to somewhere inside
 * `root`, which is created if needed. A file being replaced must itself resolve inside it too.
 */
export function confinedAccess(root: string): FileAccess {
  fs.mkdirSync(root, { recursive: true });
  const base = fs.realpathSync.native(root);
  /** `file` inside the folder (the folder itself only when `orRoot`: a folder setting). */
  const inside = (file: string, orRoot = false): void => {
    let relative: string;
    try {
      relative = path.relative(base, realPathOf(file));
    } catch {
      throw forbidden(base, file);
    }
    if ((relative === '' && !orRoot) || relative.startsWith('..') || path.isAbsolute(relative))
      throw forbidden(base, file);
  };
  return {
    checkWrite: (target) => inside(target),
    checkRead: (source) => inside(source),
    checkFolder: (folder) => inside(folder, true),
  };
}
