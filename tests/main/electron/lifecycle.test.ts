import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc';
import { tempDir } from '../../helpers/db';
import type * as StandInModule from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

type StandIn = typeof StandInModule;

let dataDir: string;
let electron: StandIn | null = null;

/** Starts main/index.ts afresh, as launching the app does; `before` runs first, e.g. to deny the lock. */
async function launch(before?: (standIn: StandIn) => void): Promise<StandIn> {
  vi.resetModules();
  // The stand-in main/index.ts receives as 'electron' (vitest keeps one mock across resets).
  electron = (await import('electron')) as unknown as StandIn;
  electron.resetStandIn();
  before?.(electron);
  // The entry loads the desktop part dynamically; `started` settles once it is wired up.
  await (
    await import('../../../main/index')
  ).started;
  return electron;
}

const databaseFile = () => path.join(dataDir, 'so-hop.sqlite');

beforeEach(() => {
  dataDir = tempDir('so-hop-lifecycle-');
  vi.stubEnv('SOHOP_USER_DATA', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
/**
 * Quits like the user does, then waits for the on-quit backup and the close (the WAL file goes away),
 * and for the app's own final quit once its log is closed.
 */
async function quitAndWait(standIn: StandIn): Promise<void> {
  const live = fs.existsSync(`${databaseFile()}-wal`);
  standIn.app.quit();
  const asked = standIn.app.quitCount;
  await vi.waitFor(() => expect(fs.existsSync(`${databaseFile()}-wal`)).toBe(false), { timeout: 90_000 });
  if (live) await vi.waitFor(() => expect(standIn.app.quitCount).toBeGreaterThan(asked), { timeout: 90_000 });
}

afterEach(async () => {
  if (electron) await quitAndWait(electron); // closes the database the launch opened
  electron = null;
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('app lifecycle', () => {
  it('quits at once, touching nothing, when another instance holds the lock', async () => {
    const { app, protocol } = await launch((standIn) => (standIn.app.lockGranted = false));
    expect(app.quitCount).toBe(1);
    expect(protocol.privileged).toStrictEqual([]);
    await app.becomeReady();
    expect(fs.existsSync(databaseFile())).toBe(false);
  });

  it('before ready: points userData at the data folder, enables the sandbox and registers app://', async () => {
    const { app, protocol } = await launch();
    expect(app.paths.get('userData')).toBe(dataDir);
    expect(app.sandboxEnabled).toBe(true);
    expect(protocol.privileged.map((s) => s.scheme)).toStrictEqual(['app']);
    expect(fs.existsSync(databaseFile())).toBe(false);
  });

  it('on ready: denies permissions, serves app://, opens the database, registers IPC and loads the UI', async () => {
    const { app, session, protocol, ipcMain, BrowserWindow } = await launch();
    await app.becomeReady();
    await expect(session.defaultSession.request('media')).resolves.toBe(false);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(fs.existsSync(databaseFile())).toBe(true);
    expect(ipcMain.listeners.size).toBe(channels.length);
    expect(BrowserWindow.created).toHaveLength(1);
    const [window] = BrowserWindow.created;
    expect(window?.loadedUrl).toBe('app://sohop/index.html');
    expect(window?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
  });

  it('on ready: sets the Vietnamese menu, whose commands reach the window', async () => {
    const { app, Menu, BrowserWindow } = await launch();
    await app.becomeReady();
    const template = Menu.application?.template ?? [];
    expect(template.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', 'Trợ &giúp']);
    const file = (template[0]?.submenu ?? []) as { label?: string; click?: () => void }[];
    file.find((i) => i.label === 'Xuất DOCX')?.click?.();
    expect(BrowserWindow.created[0]?.webContents.sent).toEqual([
      { channel: 'sohop:command', args: ['export-docx'] },
    ]);
  });

  it('answers a call from the page with the real database behind it', async () => {
    const { app, ipcRenderer } = await launch();
    await app.becomeReady();
    await expect(ipcRenderer.invoke('sohop:app.info', {})).resolves.toMatchObject({
      ok: true,
      value: { version: '0.1.0-test', databasePath: databaseFile(), schemaVersion: expect.any(Number) },
    });
  });

  it('closes the database before quitting: handlers gone, quit backup written, WAL folded into the file', async () => {
    const standIn = await launch();
    await standIn.app.becomeReady();
    expect(fs.existsSync(`${databaseFile()}-wal`)).toBe(true);
    const quitting = quitAndWait(standIn);
    expect(standIn.ipcMain.listeners.size).toBe(0);
    await quitting;
    expect(fs.existsSync(`${databaseFile()}-wal`)).toBe(false);
    const backups = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(backups.some((name) => name.endsWith('-quit.sohop'))).toBe(true);
  });

  it('explains in Vietnamese and quits when the file belongs to another program', async () => {
    const foreign = new Database(databaseFile());
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    foreign.close();
    const { app, dialog, ipcMain, BrowserWindow } = await launch();
    await app.becomeReady();
    expect(dialog.errors).toStrictEqual([
      { title: 'Sổ Họp', content: expect.stringContaining('không phải của Sổ Họp') },
    ]);
    expect(app.quitCount).toBe(1);
    expect(BrowserWindow.created).toHaveLength(0);
    expect(ipcMain.listeners.size).toBe(0);
  });

  it('restores and focuses the window when the app is started a second time', async () => {
    const { app, BrowserWindow } = await launch();
    await app.becomeReady();
    const window = BrowserWindow.created[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('hardens every web contents the app creates', async () => {
    const { app, FakeWebContents } = await launch();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.open('https://example.com/')).toBe('deny');
  });

  it('quits when the last window closes', async () => {
    const { app } = await launch();
    await app.becomeReady();
    app.emit('window-all-closed');
    expect(app.quitCount).toBe(1);
  });
});
