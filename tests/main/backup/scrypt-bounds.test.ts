// An encrypted backup's header names its own scrypt cost. A cost beyond the memory limit (or far beyond
// the app's own) is refused as an invalid file (E_BACKUP_INVALID, exit 2) before any key is derived,
// never reported as an internal failure.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { tempDir } from '../../helpers/db';
import { envelopeWithKdf } from './hostile-files';

async function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const err: string[] = [];
  const code = await runCli(args, { out: () => undefined, err: (t) => err.push(t), env });
  return { code, err: err.join('\n') };
}

const costs: [string, { N: number; r: number; p: number }][] = [
  ['512 MiB of memory (N 2^18, r 16)', { N: 2 ** 18, r: 16, p: 1 }],
  ['just over 256 MiB (N 2^18, r 8)', { N: 2 ** 18, r: 8, p: 1 }],
  ['4 times the app’s work (N 2^18, r 4, p 4)', { N: 2 ** 18, r: 4, p: 4 }],
];

describe('an encrypted backup asking for an excessive scrypt cost', () => {
  it.each(costs)(
    '%s: inspect, merge and restore refuse it with E_BACKUP_INVALID and exit 2',
    async (_, kdf) => {
      const dir = tempDir();
      const env = { SOHOP_USER_DATA: path.join(dir, 'dữ liệu'), PASS: 'mật khẩu thử' };
      expect((await cli(env, 'demo')).code).toBe(0);
      const file = path.join(dir, 'đắt.sohop');
      fs.writeFileSync(file, envelopeWithKdf(kdf));
      for (const command of [['inspect'], ['merge', '--dry-run'], ['restore']]) {
        const [name, ...rest] = command;
        const result = await cli(env, name!, file, ...rest, '--passphrase-env', 'PASS');
        expect([result.code, result.err.split(':')[0]], result.err).toEqual([2, 'E_BACKUP_INVALID']);
      }
      expect((await cli(env, 'check')).code).toBe(0);
    },
  );
});
