import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { tempDir } from '../../helpers/db';

async function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('backup commands', () => {
  it('backs up, inspects, merges and restores from the command line, with exit codes', async () => {
    const dir = tempDir();
    const env = { SOHOP_USER_DATA: path.join(dir, 'dữ liệu'), PASS: 'mật khẩu thử' };
    expect((await cli(env, 'demo')).code).toBe(0);
    const file = path.join(dir, 'sao lưu.sohop');
    const made = await cli(env, '--json', 'backup', '--out', file, '--passphrase-env', 'PASS');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ ok: true, encrypted: true });

    const inspected = await cli(env, '--json', 'inspect', file, '--passphrase-env', 'PASS');
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.out)).toMatchObject({ ok: true, encrypted: true, counts: { meetings: 4 } });
    expect((await cli(env, 'inspect', file)).err).toMatch(/^E_BACKUP_PASSPHRASE: /);
    expect((await cli({ ...env, PASS: 'sai' }, 'inspect', file, '--passphrase-env', 'PASS')).code).toBe(2);
    expect((await cli(env, 'backup', '--out', file, '--passphrase-env', 'KHONG_CO')).err).toMatch(
      /^E_USAGE: /,
    );

    const dry = await cli(env, '--json', 'merge', file, '--dry-run', '--passphrase-env', 'PASS');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ ok: true, dryRun: true, plan: { duplicates: [] } });
    expect((await cli(env, 'merge', file, '--passphrase-env', 'PASS')).code).toBe(0);

    const restored = await cli(env, 'restore', file, '--passphrase-env', 'PASS');
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain('before-restore');
    expect((await cli(env, 'check')).code).toBe(0);

    const junk = path.join(dir, 'rác.sohop');
    fs.writeFileSync(junk, 'không phải sao lưu');
    for (const command of ['inspect', 'restore', 'merge']) {
      const refused = await cli(env, command, junk);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/^E_BACKUP_INVALID: /);
    }
  });
});
