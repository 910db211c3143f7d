// An encrypted backup to a USB stick or a synced folder must never put the office's data there in the
// clear: `backup --passphrase-env` run as a real CLI process is watched and killed with SIGKILL at several
// moments. No file that ever appears in the destination folder starts with the SQLite header, during the
// run or after the kill; the plain copy is staged in the data folder, whose stale files the next CLI start
// removes.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { SQLITE_MAGIC } from '../../../main/backup/container';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, openDataFolder } from './fixtures';
import { random } from './hostile-files';

const KILLS = 6;
const PASSPHRASE_ENV = 'SOHOP_TEST_PASS';

/** Every file in `dir` whose first bytes are SQLite's header (a file gone meanwhile is skipped). */
function plaintextIn(dir: string): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    let fd: number | undefined;
    try {
      fd = fs.openSync(path.join(dir, name), 'r');
      const read = fs.readSync(fd, head, 0, head.length, 0);
      if (read === head.length && head.equals(SQLITE_MAGIC)) found.push(name);
    } catch {
      // Renamed or removed between readdir and open.
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
  return found;
}

/** Runs the CLI's encrypted backup as a child, looking into `dest` all the time; kills it after `killAfterMs`. */
async function watchedBackup(databasePath: string, dest: string, killAfterMs: number | null) {
  const seen = new Set<string>();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/cli/index.ts',
      '--db',
      databasePath,
      'backup',
      '--out',
      path.join(dest, 'sao lưu.sohop'),
      '--passphrase-env',
      PASSPHRASE_ENV,
    ],
    { cwd: process.cwd(), stdio: 'ignore', env: { ...process.env, [PASSPHRASE_ENV]: 'mật khẩu USB' } },
  );
  if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  let exited = false;
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      exited = true;
      resolve(code);
    });
  });
  while (!exited) {
    for (const name of plaintextIn(dest)) seen.add(name);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const code = await exit;
  for (const name of plaintextIn(dest)) seen.add(name);
  return { code, ms: performance.now() - started, plaintext: [...seen] };
}

describe('killing an encrypted backup', () => {
  it(`never leaves the plain database in the destination folder, during or after ${KILLS} SIGKILLs`, async () => {
    const folder = openDataFolder();
    fillWithDemo(folder);
    // A few thousand meetings: the copy, its check and the encryption take a noticeable time.
    const organizer = folder.services.ctx.repos.organizations.all()[0]?.id ?? '';
    folder.services.exchange.import({
      format: 'so-hop-exchange',
      version: 1,
      meetings: Array.from({ length: 3_000 }, (_, i) => ({
        id: randomUUID(),
        title: `Giao ban tuần số ${i + 1}`,
        kind: 'cuoc-hop',
        startsAt: new Date(Date.parse('2016-01-04T08:00:00+07:00') + i * 86_400_000).toISOString(),
        organizerIds: [organizer],
        minutes: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung '.repeat(200) }] }],
        },
      })),
    });
    folder.close();

    const complete = await watchedBackup(folder.databasePath, tempDir('so-hop-usb-'), null);
    expect(complete.code).toBe(0);
    expect(complete.plaintext).toEqual([]);

    const next = random(23);
    for (let i = 0; i < KILLS; i++) {
      const dest = tempDir('so-hop-usb-');
      // From the start of the work (after the code has loaded) to its very end.
      const run = await watchedBackup(
        folder.databasePath,
        dest,
        Math.floor((0.35 + 0.65 * next()) * complete.ms),
      );
      expect(run.plaintext, `kill ${i} after ${run.ms.toFixed(0)} ms`).toEqual([]);
    }

    // What a killed run left in the data folder's staging area goes at the next start of a CLI command.
    const staging = path.join(folder.dataDir, 'tmp');
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, '.so-hop.sqlite.backup-stale.tmp'), SQLITE_MAGIC);
    const out: string[] = [];
    const code = await runCli(
      ['--db', folder.databasePath, 'restore', path.join(staging, 'không có.sohop')],
      {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        env: {},
      },
    );
    expect(code, out.join('\n')).toBe(2);
    expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
  }, 240_000);
});
