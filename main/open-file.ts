// Which files the system asked Sổ Họp to open: a double-clicked `.sohop` (the file association passes
// its path on the command line), on the first start in process.argv, later in the argv the running
// instance receives with 'second-instance'. Each argument is one path, spaces and Vietnamese letters
// included; switches (Chromium's or ours) and anything that is not an existing regular file of a kind
// the app opens are ignored.
import fs from 'node:fs';
import path from 'node:path';

const OPENABLE = /\.(sohop|json)$/i;

export interface ArgvFileSystem {
  /** path.resolve of the platform the app runs on (path.win32.resolve on Windows). */
  resolve(cwd: string, file: string): string;
  isFile(file: string): boolean;
}

const realFileSystem: ArgvFileSystem = {
  resolve: (cwd, file) => path.resolve(cwd, file),
  isFile: (file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
};

/** argv[0] is the executable; `cwd` is where the command ran (relative paths are resolved there). */
export function filesToOpen(
  argv: readonly string[],
  cwd: string,
  fsys: ArgvFileSystem = realFileSystem,
): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-') || !OPENABLE.test(arg.trim())) continue;
    const file = fsys.resolve(cwd, arg.trim());
    if (fsys.isFile(file) && !files.includes(file)) files.push(file);
  }
  return files;
}
