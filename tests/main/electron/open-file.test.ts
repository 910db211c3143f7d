// A double-clicked .sohop: its path on the command line (first start: process.argv; while the app
// runs: the second instance's argv, forwarded with 'second-instance'), taken by the page with
// opened.take, which grants the reading of that one file; then "Xem nội dung tệp" over IPC. And the
// installed app's command line: `SoHop.exe --cli …` runs a command and exits with its code.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpenedFiles } from '../../../main/ipc/handlers/opened';
import { filesToOpen, type ArgvFileSystem } from '../../../main/open-file';
import { tempDir } from '../../helpers/db';
import type * as StandInModule from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

type StandIn = typeof StandInModule;
let dataDir: string;
let filesDir: string;
let electron: StandIn | null = null;
const originalArgv = process.argv;

async function launch(argv: string[] = []): Promise<StandIn> {
  vi.resetModules();
  electron = (await import('electron')) as unknown as StandIn;
  electron.resetStandIn();
  process.argv = [originalArgv[0] ?? 'SoHop.exe', ...argv];
  try {
    // The entry loads the desktop part dynamically; `started` settles once it is wired up.
    await (
      await import('../../../main/index')
    ).started;
  } finally {
    process.argv = originalArgv;
  }
  return electron;
}
const databaseFile = () => path.join(dataDir, 'so-hop.sqlite');
const invoke = (standIn: StandIn, channel: string, input: unknown = {}) =>
  standIn.ipcRenderer.invoke(`sohop:${channel}`, input) as Promise<{ ok: boolean; value?: unknown }>;

beforeEach(() => {
  dataDir = tempDir('so-hop-open-');
  filesDir = tempDir('so-hop-gửi đến-');
  vi.stubEnv('SOHOP_USER_DATA', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(async () => {
  const standIn = electron;
  electron = null;
  if (standIn && standIn.app.exitCode === null && standIn.BrowserWindow.created.length > 0) {
    standIn.app.quit();
    const asked = standIn.app.quitCount;
    await vi.waitFor(() => expect(fs.existsSync(`${databaseFile()}-wal`)).toBe(false), { timeout: 90_000 });
    // The app quits again itself once its data and its log are closed.
    await vi.waitFor(() => expect(standIn.app.quitCount).toBeGreaterThan(asked), { timeout: 90_000 });
  }
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(filesDir, { recursive: true, force: true });
});

describe('filesToOpen (the command line of a double-click)', () => {
  it('takes each existing .sohop or .json argument whole: spaces and Vietnamese letters included', () => {
    const backup = path.join(filesDir, 'Văn phòng Tỉnh ủy', 'bản sao lưu 23-11.sohop');
    fs.mkdirSync(path.dirname(backup));
    fs.writeFileSync(backup, 'x');
    const exchange = path.join(filesDir, 'Trao đổi.JSON');
    fs.writeFileSync(exchange, '{}');
    fs.mkdirSync(path.join(filesDir, 'thư mục.sohop'));
    const argv = [
      'SoHop.exe',
      '--allow-file-access-from-files',
      '--flag=x.sohop',
      backup,
      path.join(filesDir, 'không có.sohop'),
      path.join(filesDir, 'thư mục.sohop'),
      path.join(filesDir, 'ghi chú.txt'),
      'Trao đổi.JSON',
      backup,
    ];
    expect(filesToOpen(argv, filesDir)).toEqual([backup, exchange]);
  });

  it('resolves a Windows path relative to the folder the second instance ran in', () => {
    const seen: string[] = [];
    const windows: ArgvFileSystem = {
      resolve: (cwd, file) => path.win32.resolve(cwd, file),
      isFile: (file) => (seen.push(file), true),
    };
    const argv = [
      'C:\\Program Files\\Sổ Họp\\SoHop.exe',
      'Tải về\\bản sao 1.sohop',
      'D:\\Sao lưu\\VP UBND.sohop',
    ];
    expect(filesToOpen(argv, 'C:\\Users\\Văn thư', windows)).toEqual([
      'C:\\Users\\Văn thư\\Tải về\\bản sao 1.sohop',
      'D:\\Sao lưu\\VP UBND.sohop',
    ]);
  });
});

describe('opened files and their grant', () => {
  it('grants the reading of a file only once the page took it, and of that file only', () => {
    const opened = createOpenedFiles();
    expect(opened.offer(['/a/bản sao.sohop', '/b/c.json'])).toBe(true);
    expect(opened.isGranted('/a/bản sao.sohop')).toBe(false);
    expect(opened.take()).toBe('/a/bản sao.sohop');
    expect(opened.isGranted('/a/bản sao.sohop')).toBe(true);
    expect(opened.isGranted('/a/bản sao.sohop'.normalize('NFD'))).toBe(true);
    expect(opened.isGranted('/b/c.json')).toBe(false);
    expect(opened.isGranted('/a/other.sohop')).toBe(false);
    expect(opened.take()).toBe('/b/c.json');
    expect(opened.take()).toBeNull();
    expect(opened.offer([])).toBe(false);
  });
});

describe('a double-clicked backup in the desktop app', () => {
  it('on the first start: the page takes the file from process.argv, once', async () => {
    const backup = path.join(filesDir, 'bản sao lưu của VP.sohop');
    fs.writeFileSync(backup, 'x');
    const standIn = await launch([backup]);
    await standIn.app.becomeReady();
    await expect(invoke(standIn, 'opened.take')).resolves.toEqual({ ok: true, value: backup });
    await expect(invoke(standIn, 'opened.take')).resolves.toEqual({ ok: true, value: null });
  });

  it('while running: forwards the second instance file to the window, which inspects it', async () => {
    const standIn = await launch();
    await standIn.app.becomeReady();
    const [window] = standIn.BrowserWindow.created;
    if (!window) throw new Error('no window');
    // A backup of this very database, double-clicked in Explorer from another folder.
    const backup = path.join(filesDir, 'Sao lưu', 'bản sao 1.sohop');
    standIn.dialog.answerNext(backup);
    await invoke(standIn, 'files.chooseSavePath', { suggestedName: 'bản sao 1.sohop', kind: 'sohop' });
    // The day's automatic backup runs at start; a manual one waits for it (E_BACKUP_BUSY meanwhile).
    await vi.waitFor(
      async () =>
        expect(await invoke(standIn, 'backup.status')).toMatchObject({ ok: true, value: { job: null } }),
      { timeout: 90_000 },
    );
    await expect(invoke(standIn, 'backup.create', { out: backup })).resolves.toMatchObject({ ok: true });
    // Only the open dialog or the system's opening grants reading it: not having written it.
    await expect(invoke(standIn, 'backup.inspect', { file: backup })).resolves.toMatchObject({ ok: false });
    window.minimized = true;
    standIn.app.emit(
      'second-instance',
      {},
      ['SoHop.exe', '--original-process-start-time=1', 'Sao lưu\\x'],
      filesDir,
    );
    expect(window.webContents.sent).toEqual([]);
    standIn.app.emit('second-instance', {}, ['SoHop.exe', path.join('Sao lưu', 'bản sao 1.sohop')], filesDir);
    expect(window.webContents.sent).toEqual([{ channel: 'sohop:command', args: ['file.opened'] }]);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    await expect(invoke(standIn, 'opened.take')).resolves.toEqual({ ok: true, value: backup });
    await expect(invoke(standIn, 'backup.inspect', { file: backup })).resolves.toMatchObject({
      ok: true,
      value: { file: backup, encrypted: false, schemaVersion: expect.any(Number) },
    });
  });
});

describe('SoHop.exe --cli', () => {
  it('runs the command, prints its output and exits with its code, with no window or lock', async () => {
    const written: string[] = [];
    // Captures what the command prints; the callback tells the CLI the output is flushed.
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((
      chunk: string | Uint8Array,
      encodingOrDone?: unknown,
      done?: () => void,
    ) => {
      written.push(String(chunk));
      (typeof encodingOrDone === 'function' ? (encodingOrDone as () => void) : done)?.();
      return true;
    }) as typeof process.stdout.write);
    try {
      const standIn = await launch(['--cli', '--db', databaseFile(), 'init']);
      await vi.waitFor(() => expect(standIn.app.exitCode).toBe(0), { timeout: 90_000 });
      expect(standIn.app.lockRequested).toBe(false);
      expect(standIn.app.hardwareAcceleration).toBe(false);
      expect(standIn.BrowserWindow.created).toHaveLength(0);
      expect(fs.existsSync(databaseFile())).toBe(true);

      const bad = await launch(['--cli', '--db', databaseFile(), 'không-có-lệnh']);
      await vi.waitFor(() => expect(bad.app.exitCode).toBe(2), { timeout: 90_000 });
    } finally {
      write.mockRestore();
    }
    expect(written.join('')).toMatch(/cơ sở dữ liệu/i);
  });
});
