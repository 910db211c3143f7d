// The browser preview as `npm run preview` starts it: it holds the database's one-writer lock while it
// runs (no restore can replace the file under it; a second writer gets E_DB_LOCKED; it refuses to start
// while another holds the lock), and the page reads and writes files only inside the folder given with
// --files: anything else, a dotfile in the home folder or a path through a symbolic link, is refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { acquireDatabaseLock } from '../../main/db/lock';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import { startPreview, type RunningPreview } from '../../main/preview/start';
import { TOKEN_HEADER } from '../../main/preview/server';
import { openTestDb, tempDir } from '../helpers/db';

const running: RunningPreview[] = [];
afterEach(async () => {
  for (const preview of running.splice(0)) await preview.close();
});

function rendererStandIn(): string {
  const dir = tempDir('so-hop-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  return dir;
}

/** A database holding the demo data, as a preview would open it, and a fake home folder beside it. */
function demoDatabase(): { db: string; home: string } {
  const t = openTestDb();
  t.services.exchange.import(demoExchange());
  t.close();
  const home = tempDir('so-hop-home-');
  fs.writeFileSync(path.join(home, '.bashrc'), 'export PATH=$HOME/bin:$PATH\n');
  return { db: t.file, home };
}

async function start(db: string, files?: string): Promise<RunningPreview> {
  const preview = await startPreview({ db, port: 0, files, rendererDir: rendererStandIn(), version: '0' });
  running.push(preview);
  return preview;
}

async function call(preview: RunningPreview, channel: string, input: unknown) {
  const response = await fetch(`${preview.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: preview.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
}

const cli = async (args: string[]) => {
  const out: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => out.push(t), env: {} });
  return { code, text: out.join('\n') };
};

describe('the preview and the files it may touch', () => {
  it('refuses writes and reads outside its folder, a symbolic link out of it included', async () => {
    const { db, home } = demoDatabase();
    const files = tempDir('so-hop-preview-files-');
    fs.symlinkSync(home, path.join(files, 'nhà'));
    const preview = await start(db, files);
    const bashrc = path.join(home, '.bashrc');
    const before = fs.readFileSync(bashrc, 'utf8');

    const refusals = [
      ['documents.saveDocxTo', { id: demoIds.notice2015, path: bashrc }],
      ['backup.create', { out: bashrc }],
      ['backup.create', { out: path.join(files, 'nhà', '.bashrc') }],
      ['backup.create', { out: path.join(files, '..', path.basename(home), '.bashrc') }],
      ['documents.saveDocxTo', { id: demoIds.notice2015, path: path.join(files, 'nhà', 'TB.docx') }],
      ['backup.inspect', { file: bashrc }],
      ['backup.mergePreview', { file: path.join(files, 'nhà', '.bashrc') }],
      ['backup.saveSettings', { folder: home, daily: true, onQuit: true, keepDaily: 10, keepMonthly: 12 }],
    ] as const;
    for (const [channel, input] of refusals)
      expect(await call(preview, channel, input), `${channel} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'E_PATH_FORBIDDEN', message: expect.stringContaining(preview.filesDir) },
      });
    expect(fs.readFileSync(bashrc, 'utf8')).toBe(before);
    expect(fs.readdirSync(home)).toEqual(['.bashrc']);

    // Inside the folder everything works, and an automatic backup the app listed may be read.
    const out = path.join(files, 'sao lưu.sohop');
    expect(await call(preview, 'backup.create', { out })).toMatchObject({ ok: true, value: { file: out } });
    expect(await call(preview, 'backup.inspect', { file: out })).toMatchObject({ ok: true });
    const docx = path.join(files, 'văn bản', 'TB.docx');
    fs.mkdirSync(path.dirname(docx));
    expect(await call(preview, 'documents.saveDocxTo', { id: demoIds.notice2015, path: docx })).toMatchObject(
      { ok: true },
    );
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const made = await call(preview, 'backup.runNow', {});
    const automatic = (made.value as { file: string }).file;
    expect(path.relative(preview.filesDir, automatic).startsWith('..')).toBe(true);
    expect(await call(preview, 'backup.inspect', { file: automatic })).toMatchObject({ ok: true });
  });

  it('holds the database lock while it runs: another writer gets E_DB_LOCKED, a second preview does not start', async () => {
    const { db } = demoDatabase();
    const preview = await start(db);
    expect(fs.existsSync(preview.filesDir)).toBe(true);
    expect(() => acquireDatabaseLock(db)).toThrow(expect.objectContaining({ code: 'E_DB_LOCKED' }));
    const backup = path.join(preview.filesDir, 'a.sohop');
    expect(await call(preview, 'backup.create', { out: backup })).toMatchObject({ ok: true });
    const restore = await cli(['--db', db, 'restore', backup]);
    expect(restore.text).toMatch(/^E_DB_LOCKED/);
    expect(restore.code).toBe(1);
    await expect(start(db)).rejects.toMatchObject({ code: 'E_DB_LOCKED' });

    // Still serving, and writing to the same file as before.
    expect(await call(preview, 'people.list', {})).toMatchObject({ ok: true });
    await preview.close();
    running.splice(running.indexOf(preview), 1);
    acquireDatabaseLock(db).release();
  });
});
