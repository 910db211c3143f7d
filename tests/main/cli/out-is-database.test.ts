// Every command that writes a file refuses to write over the database it works on (or its WAL, shared
// memory, journal or lock), however the path reaches it: directly, through a symlinked folder, a
// symlink or a hard link. The database stays whole: `check` passes and the data is all there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { openTestDb, tempDir } from '../../helpers/db';

async function cliIn(env: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const cli = (...args: string[]) => cliIn({ SOHOP_USER_DATA: tempDir() }, ...args);

const writers: [string, string[]][] = [
  ['export-json', ['export-json']],
  ['export-docx', ['export-docx', '--document', demoIds.notice2021]],
  ['backup', ['backup']],
];

/** An export's records, without the moment it was made. */
const content = (json: string): unknown => ({ ...(JSON.parse(json) as object), exportedAt: null });

let template: string;
let exported: unknown;
beforeAll(async () => {
  template = path.join(tempDir(), 'so-hop.sqlite');
  expect((await cli('--db', template, 'demo')).code).toBe(0);
  exported = content((await cli('--db', template, 'export-json')).out);
});

/**
 * A copy of the demo database for one test, with a folder that is a symlink to its folder, a symlink
 * to the file and a hard link to the file beside it.
 */
let db: string;
beforeEach(() => {
  const dir = tempDir();
  db = path.join(dir, 'dữ liệu', 'so-hop.sqlite');
  fs.mkdirSync(path.dirname(db));
  fs.copyFileSync(template, db);
  fs.symlinkSync(path.dirname(db), path.join(dir, 'lối tắt'), 'dir');
  fs.symlinkSync(db, path.join(dir, 'bí danh.sqlite'));
  fs.linkSync(db, path.join(dir, 'liên kết cứng.sqlite'));
});

const targets: [string, () => string][] = [
  ['the database', () => db],
  ['its WAL', () => `${db}-wal`],
  ['its shared memory', () => `${db}-shm`],
  ['its journal', () => `${db}-journal`],
  ['its lock', () => `${db}.lock`],
  [
    'the database written with dots',
    () => path.join(path.dirname(db), '.', '..', 'dữ liệu', 'so-hop.sqlite'),
  ],
  [
    'the database through a symlinked folder',
    () => path.join(path.dirname(db), '..', 'lối tắt', 'so-hop.sqlite'),
  ],
  [
    'its WAL through a symlinked folder',
    () => path.join(path.dirname(db), '..', 'lối tắt', 'so-hop.sqlite-wal'),
  ],
  ['a symlink to the database', () => path.join(path.dirname(db), '..', 'bí danh.sqlite')],
  ['a hard link to the database', () => path.join(path.dirname(db), '..', 'liên kết cứng.sqlite')],
];

describe('a command writing over the database it works on', () => {
  for (const [writer, args] of writers)
    it.each(targets)(
      `${writer} --out %s is refused with exit 2, the database untouched`,
      async (_, target) => {
        const result = await cli('--db', db, ...args, '--out', target());
        expect(result.code).toBe(2);
        expect(result.err).toMatch(/^E_USAGE: .*tệp dữ liệu đang dùng/);
        expect((await cli('--db', db, 'check')).code).toBe(0);
        expect(content((await cli('--db', db, 'export-json')).out)).toEqual(exported);
      },
    );

  it('is refused by the real command as a separate process, and check passes afterwards', () => {
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [tsx, 'main/cli/index.ts', ...args], { encoding: 'utf8' });
    const refused = run(
      '--db',
      db,
      'export-json',
      '--out',
      path.join(path.dirname(db), '..', 'lối tắt', 'so-hop.sqlite'),
    );
    expect([refused.status, refused.stderr.split(':')[0]]).toEqual([2, 'E_USAGE']);
    expect(run('--db', db, 'check').status).toBe(0);
  });

  it('is refused for the app’s own database while working on another one with --db', async () => {
    const env = { SOHOP_USER_DATA: tempDir() };
    expect((await cliIn(env, 'demo')).code).toBe(0);
    const appDatabase = path.join(env.SOHOP_USER_DATA, 'so-hop.sqlite');
    const result = await cliIn(env, '--db', db, 'export-json', '--out', appDatabase);
    expect([result.code, result.err.split(':')[0]]).toEqual([2, 'E_USAGE']);
    expect(content((await cliIn(env, 'export-json')).out)).toEqual(exported);
  });

  it('still writes an ordinary file beside the database', async () => {
    const out = path.join(path.dirname(db), 'xuất.json');
    expect((await cli('--db', db, 'export-json', '--out', out)).code).toBe(0);
    expect(content(fs.readFileSync(out, 'utf8'))).toEqual(exported);
  });
});

describe('the app’s DOCX export aimed at its own database', () => {
  it('documents.saveDocxTo through dispatch is refused for the database reached through a symlinked folder', async () => {
    const t = openTestDb();
    try {
      t.services.exchange.import(demoExchange());
      const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
      const alias = path.join(tempDir(), 'lối tắt');
      fs.symlinkSync(path.dirname(t.file), alias, 'dir');
      const result = await dispatch(handlers, 'documents.saveDocxTo', {
        id: demoIds.notice2021,
        path: path.join(alias, path.basename(t.file)),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'E_USAGE' } });
      expect(t.services.database.check()).toMatchObject({ ok: true });
      expect(t.services.meetings.list().total).toBe(4);
    } finally {
      t.close();
    }
  });
});
