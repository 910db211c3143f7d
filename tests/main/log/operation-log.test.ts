// The log file (logs/so-hop.log in the data folder): each IPC call and each command of the bundled
// command line leaves one line with its name, duration and error code — the CLI's --verbose prints
// the same lines on stderr — and never an input: no passphrase, no document text, no path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { createHandlers } from '../../../main/ipc/handlers';
import { registerIpcHandlers } from '../../../main/ipc/register';
import { LOG_FILE, LOG_MAX_BYTES, openOperationLog } from '../../../main/log/operation-log';
import { ensureBuilt, outDir } from '../../../scripts/ensure-built.mjs';
import { ipcChannelName } from '../../../shared/ipc';
import { tempDir, trackTestDbs } from '../../helpers/db';
import { fakeInvokeEvent, ipcMain } from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

const PASSPHRASE = 'mật-khẩu-bí-mật-7319';
const SECRET_TEXT = 'Nội dung mật của biên bản 4711';

const readLines = (dataDir: string) =>
  fs
    .readFileSync(path.join(dataDir, 'logs', LOG_FILE), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the bundled command line', () => {
  const dataDir = tempDir('so-hop-log-cli-');
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(outDir, 'main', 'cli.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, SOHOP_USER_DATA: dataDir, SOHOP_PASS: PASSPHRASE },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  beforeAll(() => ensureBuilt(['main']), 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('logs each command with its duration and exit code; --verbose prints the same line on stderr', () => {
    expect(cli('demo').code).toBe(0);
    const out = path.join(dataDir, 'Sao lưu', 'bản mã hóa.sohop');
    const backup = cli('--verbose', 'backup', '--out', out, '--passphrase-env', 'SOHOP_PASS');
    expect(backup.code).toBe(0);
    const bad = path.join(dataDir, 'hỏng.sohop');
    fs.writeFileSync(bad, `không phải bản sao lưu ${SECRET_TEXT}`);
    const refused = cli('--verbose', 'inspect', bad);
    expect(refused.code).toBe(2);

    const lines = readLines(dataDir);
    expect(lines.map((l) => [l.op, l.level, l.exit, l.code])).toEqual([
      ['cli demo', 'info', 0, undefined],
      ['cli backup', 'info', 0, undefined],
      ['cli inspect', 'error', 2, 'E_BACKUP_INVALID'],
    ]);
    for (const line of lines) expect(line.ms).toEqual(expect.any(Number));
    const fileText = fs.readFileSync(path.join(dataDir, 'logs', LOG_FILE), 'utf8').split('\n');
    expect(backup.stderr.trim()).toBe(fileText[1]);
    expect(refused.stderr).toContain(fileText[2]);
  });

  it('rotates a full log file the way the app does: the next command starts a new one', () => {
    const fullDir = tempDir('so-hop-log-full-');
    const logs = path.join(fullDir, 'logs');
    fs.mkdirSync(logs, { recursive: true });
    const old = `${JSON.stringify({ at: '2026-01-01T00:00:00.000Z', level: 'info', op: 'app.start' })}\n`;
    fs.writeFileSync(path.join(logs, LOG_FILE), old.repeat(Math.ceil(LOG_MAX_BYTES / old.length)));
    const run = spawnSync(process.execPath, [path.join(outDir, 'main', 'cli.js'), '--help'], {
      env: { ...process.env, SOHOP_USER_DATA: fullDir },
    });
    expect(run.status).toBe(0);
    // The full file (with this command's line at its end) was moved aside; the log starts afresh.
    // (rotating-file-stream's names: 20261127-1540-01-so-hop.log; beside them its history of rotations)
    const rotated = fs.readdirSync(logs).filter((name) => name.endsWith(`-${LOG_FILE}`));
    expect(rotated).toHaveLength(1);
    const moved = fs.readFileSync(path.join(logs, rotated[0]!), 'utf8').trim().split('\n');
    expect(JSON.parse(moved.at(-1)!)).toMatchObject({ op: 'cli usage', exit: 0 });
    expect(fs.readFileSync(path.join(logs, LOG_FILE), 'utf8')).toBe('');
    fs.rmSync(fullDir, { recursive: true, force: true });
  });

  it('never writes the passphrase, the text of a file, or a path', () => {
    const everything = fs.readFileSync(path.join(dataDir, 'logs', LOG_FILE), 'utf8');
    for (const secret of [PASSPHRASE, SECRET_TEXT, 'hỏng', 'Sao lưu', dataDir])
      expect(everything).not.toContain(secret);
  });
});

describe('IPC calls in the desktop app', () => {
  const { withDemo } = trackTestDbs();
  const dataDir = tempDir('so-hop-log-ipc-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('logs the name, duration and error code of every call, never its input or its answer', async () => {
    const t = withDemo();
    const log = openOperationLog(dataDir);
    const trusted = (event: { senderFrame: { url: string } | null }) =>
      event.senderFrame?.url === 'app://sohop/index.html';
    const unregister = registerIpcHandlers(
      ipcMain,
      createHandlers(t.services, { version: '0-test', databasePath: t.file }),
      trusted as never,
      (record) => log.write(record),
    );
    const call = (channel: string, input: unknown, frame = { url: 'app://sohop/index.html' }) =>
      ipcMain.invoke(fakeInvokeEvent(frame), ipcChannelName(channel as never), input);
    try {
      const meeting = (await call('meetings.get', { id: demoIds.meeting2015 })) as {
        value: Record<string, unknown>;
      };
      await call('meetings.save', {
        ...meeting.value,
        minutes: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: SECRET_TEXT }] }],
        },
      });
      await call('backup.create', { out: path.join(dataDir, 'Sao lưu', 'a.sohop'), passphrase: PASSPHRASE });
      await call('meetings.get', { id: 'không phải id' });
      await call('app.info', {}, { url: 'https://evil.example/' });
    } finally {
      unregister();
      await log.close();
    }
    const lines = readLines(dataDir);
    expect(lines.map((l) => [l.op, l.code])).toEqual([
      ['meetings.get', undefined],
      ['meetings.save', undefined],
      ['backup.create', undefined],
      ['meetings.get', 'E_VALIDATION'],
      ['app.info', 'E_IPC_SENDER'],
    ]);
    const everything = fs.readFileSync(path.join(dataDir, 'logs', LOG_FILE), 'utf8');
    for (const secret of [PASSPHRASE, SECRET_TEXT, 'Sao lưu', 'không phải id', 'evil'])
      expect(everything).not.toContain(secret);
  });
});
