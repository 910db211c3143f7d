// Where the database file sits matters: SQLite's WAL needs shared memory on one machine, so a network
// drive can corrupt it, and a read-only folder cannot hold it. Both are refused with a clear message.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const NETWORK_FS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'fuse.sshfs',
  'afpfs',
  '9p',
  'davfs',
  'fuse.davfs2',
]);

/** The filesystem type of the mount holding `file`, from /proc/mounts (Linux only; null elsewhere). */
function linuxFsType(file: string, mounts: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.split(' ');
    if (!point || !type) continue;
    const decoded = point.replace(/\\040/g, ' ');
    if (
      (file === decoded || file.startsWith(decoded.endsWith('/') ? decoded : `${decoded}/`)) &&
      (!best || decoded.length > best.point.length)
    )
      best = { point: decoded, type };
  }
  return best?.type ?? null;
}

export function isNetworkLocation(
  file: string,
  platform: NodeJS.Platform = process.platform,
  readMounts: () => string = () => fs.readFileSync('/proc/mounts', 'utf8'),
): boolean {
  const resolved = platform === 'win32' ? path.win32.resolve(file) : path.resolve(file);
  if (platform === 'win32') return resolved.startsWith('\\\\');
  if (platform !== 'linux') return false;
  try {
    const type = linuxFsType(resolved, readMounts());
    return type !== null && NETWORK_FS.has(type);
  } catch {
    return false;
  }
}

/** Refuses a database on a network drive or in a folder where it cannot be written. */
export function assertUsableLocation(file: string, platform: NodeJS.Platform = process.platform): void {
  if (isNetworkLocation(file, platform))
    throw new AppError(
      'E_DB_NETWORK',
      `Cơ sở dữ liệu ${file} nằm trên ổ mạng. Sổ Họp chỉ làm việc an toàn với tệp trên máy này: hãy chép tệp về ổ đĩa của máy (hoặc dùng sao lưu để chuyển dữ liệu).`,
    );
  // A folder that does not exist yet will be created inside its nearest existing ancestor.
  let dir = path.dirname(path.resolve(file));
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const target = fs.existsSync(file) ? file : dir;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError(
      'E_DB_READONLY',
      `Không ghi được vào ${target}: thư mục hoặc tệp chỉ cho phép đọc. Hãy chọn thư mục dữ liệu khác hoặc cấp quyền ghi.`,
    );
  }
}
