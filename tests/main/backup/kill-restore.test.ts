// Crash safety of restore: `restore` run as a real CLI process is killed with SIGKILL at random moments.
// Afterwards the database is whole, holds either all the old data or all the restored data, and is unlocked.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { acquireDatabaseLock } from '../../../main/db/lock';
import { createServices } from '../../../main/services';
import { tempDir } from '../../helpers/db';
import { exportedJson, fillWithDemo, openDataFolder } from './fixtures';
import { random } from './hostile-files';

const KILLS = 12;

function runRestore(databasePath: string, file: string, killAfterMs: number | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'main/cli/index.ts', '--db', databasePath, 'restore', file],
      { cwd: process.cwd(), stdio: 'ignore' },
    );
    if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
  });
}

function dataOf(databasePath: string): string {
  const db = openDatabase(databasePath);
  try {
    return exportedJson(createServices(db));
  } finally {
    closeDatabase(db);
  }
}

describe('killing a restore', () => {
  it(`leaves either the old or the restored data after ${KILLS} SIGKILLs`, async () => {
    const source = openDataFolder();
    fillWithDemo(source);
    const file = path.join(tempDir(), 'nguồn.sohop');
    await source.backups.create(file);
    const restoredData = source.exported();
    source.close();

    const target = openDataFolder();
    target.services.people.save({ id: '0b7c6f1e-1111-4222-8333-444455556666', fullName: 'Dữ Liệu Cũ' });
    const oldData = target.exported();
    target.close();

    // One complete run (on a copy) measures how long a restore takes as a process; most of the start is
    // loading code, so the kills aim at the later part, where the checks, the copy and the swap happen.
    const complete = openDataFolder();
    complete.close();
    const fullMs = await runRestore(complete.databasePath, file, null);
    expect(dataOf(complete.databasePath)).toBe(restoredData);

    const next = random(11);
    const seen = { old: 0, restored: 0 };
    const pristine = path.join(tempDir(), 'old.sqlite');
    fs.copyFileSync(target.databasePath, pristine);
    for (let i = 0; i < KILLS; i++) {
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target.databasePath}${suffix}`, { force: true });
      fs.copyFileSync(pristine, target.databasePath);
      await runRestore(target.databasePath, file, Math.floor((0.6 + 0.45 * next()) * fullMs));
      const out: string[] = [];
      const code = await runCli(['--db', target.databasePath, 'check'], {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        env: {},
      });
      expect(code, out.join('\n')).toBe(0);
      acquireDatabaseLock(target.databasePath).release();
      const data = dataOf(target.databasePath);
      if (data === oldData) seen.old++;
      else {
        expect(data).toBe(restoredData);
        seen.restored++;
      }
    }
    console.info(`killed restores: ${seen.old} left the old data, ${seen.restored} the restored data`);
    expect(seen.old + seen.restored).toBe(KILLS);
  }, 240_000);
});
