// Backup paths in the desktop app, through the real IPC registrar with the Electron stand-in's dialogs:
// like a DOCX, a backup is written only where the user chose in the save dialog, a file is inspected,
// restored or merged only when picked in an open dialog (or listed by the app as an automatic backup),
// and the automatic backups' folder only as picked. A path the page makes up, a UNC path included, is
// refused and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopHost } from '../../../main/dialogs';
import { createHandlers } from '../../../main/ipc/handlers';
import { registerIpcHandlers } from '../../../main/ipc/register';
import { ipcChannelName, type Channel } from '../../../shared/ipc';
import { tempDir } from '../../helpers/db';
import {
  BrowserWindow,
  dialog,
  fakeInvokeEvent,
  ipcMain,
  resetStandIn,
} from '../../helpers/electron-stand-in';
import { fillWithDemo, trackDataFolders } from '../backup/fixtures';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

const dataFolder = trackDataFolders();
let unregister: (() => void) | null = null;
const owner = new BrowserWindow({});

function serveDesktop() {
  const folder = dataFolder();
  fillWithDemo(folder);
  const handlers = createHandlers(
    folder.services,
    { version: '0-test', databasePath: folder.databasePath },
    { dataDir: folder.dataDir, backups: folder.backups },
    createDesktopHost(() => owner as unknown as ElectronWindow),
  );
  unregister = registerIpcHandlers(ipcMain, handlers);
  return folder;
}
const call = (channel: Channel, input: unknown) =>
  ipcMain.invoke(fakeInvokeEvent(), ipcChannelName(channel), input);
const refused = (words: string) => ({
  ok: false,
  error: { code: 'E_USAGE', message: expect.stringContaining(words) },
});
const settings = { daily: true, onQuit: true, keepDaily: 10, keepMonthly: 12 };

beforeEach(resetStandIn);
afterEach(() => {
  unregister?.();
  unregister = null;
});

describe('backup paths in the desktop app', () => {
  it('writes a backup only where the save dialog for backups chose', async () => {
    serveDesktop();
    const dir = tempDir();
    const madeUp = path.join(dir, 'do trang tự đặt.sohop');
    for (const out of [madeUp, '\\\\may-chu\\chia-se\\so-hop.sohop', '//may-chu/chia-se/so-hop.sohop'])
      expect(await call('backup.create', { out }), out).toMatchObject(refused('Chọn…'));
    // A path granted for a DOCX is not one for a backup.
    const docx = path.join(dir, 'TB.docx');
    dialog.answerNext(docx);
    await call('files.chooseSavePath', { suggestedName: 'TB.docx', kind: 'docx' });
    expect(await call('backup.create', { out: docx })).toMatchObject(refused('Chọn…'));
    expect(fs.readdirSync(dir)).toEqual([]);

    const chosen = path.join(dir, 'Sao lưu USB.sohop');
    dialog.answerNext(chosen);
    expect(await call('files.chooseSavePath', { suggestedName: 'So Hop.sohop', kind: 'sohop' })).toEqual({
      ok: true,
      value: chosen,
    });
    expect(await call('backup.create', { out: chosen, passphrase: 'bí mật' })).toMatchObject({
      ok: true,
      value: { file: chosen, encrypted: true },
    });
    expect(fs.readdirSync(dir)).toEqual(['Sao lưu USB.sohop']);
  });

  it('reads a file to inspect, restore or merge only when picked in an open dialog, or listed as an automatic backup', async () => {
    const folder = serveDesktop();
    const file = path.join(tempDir(), 'văn phòng khác.sohop');
    await folder.backups.create(file);
    for (const channel of ['backup.inspect', 'backup.mergePreview', 'backup.restore'] as const)
      expect(await call(channel, { file }), channel).toMatchObject(refused('Chọn…'));
    expect(await call('backup.inspect', { file: '\\\\may-chu\\chia-se\\a.sohop' })).toMatchObject(
      refused('Chọn…'),
    );

    dialog.answerNext(file);
    await call('files.chooseOpenPath', { kind: 'sohop' });
    expect(await call('backup.inspect', { file })).toMatchObject({ ok: true, value: { file } });
    expect(await call('backup.mergePreview', { file })).toMatchObject({ ok: true });

    const automatic = await call('backup.runNow', {});
    const listed = (automatic as { value: { file: string } }).value.file;
    expect(await call('backup.inspect', { file: listed })).toMatchObject({
      ok: true,
      value: { file: listed },
    });
  });

  it('takes a folder for the automatic backups only as picked in the folder dialog', async () => {
    const folder = serveDesktop();
    const picked = tempDir();
    expect(await call('backup.saveSettings', { ...settings, folder: picked })).toMatchObject(
      refused('thư mục'),
    );
    expect(await call('backup.saveSettings', { ...settings, folder: '\\\\may-chu\\sao-luu' })).toMatchObject(
      refused('thư mục'),
    );
    expect(folder.backups.status().settings.folder).toBeNull();

    dialog.answerNext(picked);
    await call('files.chooseOpenPath', { kind: 'folder' });
    expect(await call('backup.saveSettings', { ...settings, folder: picked })).toMatchObject({
      ok: true,
      value: { folder: picked },
    });
    // The form sends the folder back unchanged with every other change; the default needs no dialog.
    expect(await call('backup.saveSettings', { ...settings, keepDaily: 30, folder: picked })).toMatchObject({
      ok: true,
      value: { folder: picked, keepDaily: 30 },
    });
    expect(await call('backup.saveSettings', { ...settings, folder: null })).toMatchObject({
      ok: true,
      value: { folder: null },
    });
  });
});
