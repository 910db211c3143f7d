// Only regular files are read: a FIFO (which would hang the open) or a device such as /dev/zero (read
// until memory runs out) is refused at once with exit 2 and E_FILE_NOT_REGULAR, by every command that
// reads a file the user names. The database stays whole.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { tempDir } from '../../helpers/db';

const unix = process.platform !== 'win32';
const quiet = { out: () => undefined, err: () => undefined, env: { SOHOP_USER_DATA: tempDir() } };
let db: string;
let fifo: string;

beforeAll(async () => {
  const dir = tempDir();
  db = path.join(dir, 'so-hop.sqlite');
  expect(await runCli(['--db', db, 'demo'], quiet)).toBe(0);
  fifo = path.join(dir, 'ống.json');
  if (unix) expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
});

/** The real command in its own process; a hang or a runaway read is cut after 90 s and fails the test. */
function spawnCli(...args: string[]) {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const result = spawnSync(process.execPath, [tsx, 'main/cli/index.ts', ...args], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, code: result.stderr.split(':')[0], err: result.stderr };
}

const commands: [string, string[]][] = [
  ['import', ['import']],
  ['inspect', ['inspect']],
  ['restore', ['restore']],
  ['merge --dry-run', ['merge', '--dry-run']],
];
const files: [string, () => string][] = [
  ['a FIFO', () => fifo],
  ['/dev/zero', () => '/dev/zero'],
];

describe.runIf(unix)('a file that is not a regular file', () => {
  for (const [name, args] of commands)
    it.each(files)(`${name} refuses %s with exit 2 and E_FILE_NOT_REGULAR`, async (_, file) => {
      const [command, ...rest] = args;
      const result = spawnCli('--db', db, command!, file(), ...rest);
      expect([result.status, result.code], result.err).toEqual([2, 'E_FILE_NOT_REGULAR']);
      expect(result.err).toContain('không phải một tệp thông thường');
      expect(await runCli(['--db', db, 'check'], quiet)).toBe(0);
    });
});
