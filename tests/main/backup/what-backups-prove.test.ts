// What the checks of a backup prove, as the README says. A plain backup's SHA-256 footer is not keyed:
// it catches accidental damage, but whoever alters the file on purpose can compute it again, so a
// re-sealed plain file is accepted when every record still passes the checks of the rebuild. Only an
// encrypted backup (AES-GCM under the passphrase) proves who made it: any altered byte is refused.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openContainer } from '../../../main/backup/container';
import { runCli } from '../../../main/cli/run';
import { tempDir } from '../../helpers/db';
import { wrap } from './hostile-files';

async function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The backup's database with every meeting renamed, re-sealed with a correct footer. */
function alterAndReseal(file: string, work: string): Buffer {
  const { database, manifest } = openContainer(fs.readFileSync(file));
  fs.writeFileSync(work, database);
  const db = new Database(work);
  db.pragma('journal_mode = DELETE');
  db.prepare("UPDATE meetings SET title = 'Cuộc họp đã bị sửa'").run();
  db.close();
  return wrap(fs.readFileSync(work), manifest);
}

describe('what a backup proves', () => {
  const dir = tempDir();
  const env = { SOHOP_USER_DATA: path.join(dir, 'dữ liệu'), PASS: 'mật khẩu thử' };

  it('a plain backup: a flipped byte is caught, a deliberate re-seal is not (its records are still checked)', async () => {
    expect((await cli(env, 'demo')).code).toBe(0);
    const plain = path.join(dir, 'thường.sohop');
    expect((await cli(env, 'backup', '--out', plain)).code).toBe(0);
    const damaged = Buffer.from(fs.readFileSync(plain));
    damaged[200] = (damaged[200] ?? 0) ^ 0xff;
    fs.writeFileSync(path.join(dir, 'hỏng.sohop'), damaged);
    expect((await cli(env, 'inspect', path.join(dir, 'hỏng.sohop'))).err).toMatch(/^E_BACKUP_TAMPERED: /);

    const resealed = path.join(dir, 'niêm phong lại.sohop');
    fs.writeFileSync(resealed, alterAndReseal(plain, path.join(dir, 'work.sqlite')));
    expect((await cli(env, 'inspect', resealed)).code).toBe(0);
    expect((await cli(env, 'restore', resealed)).code).toBe(0);
    expect((await cli(env, 'search', 'cuoc hop da bi sua')).out).toContain('Cuộc họp: 4');
  });

  it('an encrypted backup: any altered byte is refused without the passphrase’s key', async () => {
    const encrypted = path.join(dir, 'mã hóa.sohop');
    expect((await cli(env, 'backup', '--out', encrypted, '--passphrase-env', 'PASS')).code).toBe(0);
    const bytes = fs.readFileSync(encrypted);
    for (const at of [20, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      fs.writeFileSync(encrypted, altered);
      const result = await cli(env, 'inspect', encrypted, '--passphrase-env', 'PASS');
      expect([result.code, result.err.split(':')[0]]).toEqual([2, 'E_BACKUP_TAMPERED']);
    }
  });
});
