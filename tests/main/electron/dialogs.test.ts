// The files.* calls through the real IPC registrar, with the native dialogs and shell.openPath of the
// Electron stand-in; and documents.saveDocxTo writing the exported DOCX atomically.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { createDesktopHost } from '../../../main/dialogs';
import { createHandlers } from '../../../main/ipc/handlers';
import { registerIpcHandlers } from '../../../main/ipc/register';
import { ipcChannelName, type Channel } from '../../../shared/ipc';
import { tempDir, trackTestDbs } from '../../helpers/db';
import {
  BrowserWindow,
  dialog,
  fakeInvokeEvent,
  ipcMain,
  resetStandIn,
  shell,
} from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

const { withDemo } = trackTestDbs();
let unregister: (() => void) | null = null;
const owner = new BrowserWindow({});

function serve(desktop: boolean): void {
  const t = withDemo();
  const host = desktop ? createDesktopHost(() => owner as unknown as ElectronWindow) : undefined;
  const handlers = createHandlers(t.services, { version: '0-test', databasePath: t.file }, undefined, host);
  unregister = registerIpcHandlers(ipcMain, handlers);
}
const call = (channel: Channel, input: unknown) =>
  ipcMain.invoke(fakeInvokeEvent(), ipcChannelName(channel), input);

/** The export flow of the page: the save dialog chooses `name` in a new folder, then the DOCX is written. */
async function saveThroughDialog(name: string, dir = tempDir()): Promise<string> {
  const out = path.join(dir, name);
  dialog.answerNext(out);
  await call('files.chooseSavePath', { suggestedName: name, kind: 'docx' });
  await expect(call('documents.saveDocxTo', { id: demoIds.notice2015, path: out })).resolves.toMatchObject({
    ok: true,
  });
  return out;
}

beforeEach(resetStandIn);
afterEach(() => {
  unregister?.();
  unregister = null;
  vi.restoreAllMocks();
});

describe('files.* in Electron', () => {
  it('shows a save dialog modal to the window, suggesting the Vietnamese name in Documents', async () => {
    serve(true);
    dialog.answerNext('C:\\Văn bản\\TB 05-TB-VPUB.docx');
    await expect(
      call('files.chooseSavePath', { suggestedName: 'TB 05-TB-VPUB 08-01-2024.docx', kind: 'docx' }),
    ).resolves.toStrictEqual({ ok: true, value: 'C:\\Văn bản\\TB 05-TB-VPUB.docx' });
    const [shown] = dialog.shown;
    expect(shown?.type).toBe('save');
    expect(shown?.owner).toBe(owner);
    expect(shown?.options.defaultPath).toBe(path.join('/fake/documents', 'TB 05-TB-VPUB 08-01-2024.docx'));
    expect(shown?.options.filters).toContainEqual({ name: 'Văn bản Word', extensions: ['docx'] });
  });

  it('answers null when a dialog is cancelled', async () => {
    serve(true);
    await expect(
      call('files.chooseSavePath', { suggestedName: 'a.sohop', kind: 'sohop' }),
    ).resolves.toStrictEqual({ ok: true, value: null });
    await expect(call('files.chooseOpenPath', { kind: 'json' })).resolves.toStrictEqual({
      ok: true,
      value: null,
    });
  });

  it('opens a file or a folder with the open dialog', async () => {
    serve(true);
    dialog.answerNext('/data/gửi đi.sohop');
    dialog.answerNext('/data/Sao lưu');
    await expect(call('files.chooseOpenPath', { kind: 'sohop' })).resolves.toStrictEqual({
      ok: true,
      value: '/data/gửi đi.sohop',
    });
    await expect(call('files.chooseOpenPath', { kind: 'folder' })).resolves.toStrictEqual({
      ok: true,
      value: '/data/Sao lưu',
    });
    expect(dialog.shown.map((d) => d.options.properties)).toEqual([['openFile'], ['openDirectory']]);
  });

  it('opens a file it saved with the system, and reports what the system could not open', async () => {
    serve(true);
    const [first, second] = [await saveThroughDialog('TB.docx'), await saveThroughDialog('x.docx')];
    await expect(call('files.openPath', { path: first })).resolves.toStrictEqual({
      ok: true,
      value: null,
    });
    shell.failWith = 'No application is associated';
    await expect(call('files.openPath', { path: second })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_FILE_NOT_FOUND', message: expect.stringContaining('Không mở được tệp') },
    });
    expect(shell.opened).toEqual([first, second]);
  });

  it('writes a DOCX only where the save dialog chose, and opens only what it wrote', async () => {
    serve(true);
    const elsewhere = path.join(tempDir(), 'chọn bởi trang.docx');
    await expect(
      call('documents.saveDocxTo', { id: demoIds.notice2015, path: elsewhere }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_USAGE', message: expect.stringContaining('hộp thoại') },
    });
    expect(fs.existsSync(elsewhere)).toBe(false);
    const existing = path.join(tempDir(), 'của người khác.docx');
    fs.writeFileSync(existing, 'không phải của Sổ Họp');
    await expect(call('files.openPath', { path: existing })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_USAGE', message: expect.stringContaining('vừa lưu') },
    });
    expect(shell.opened).toEqual([]);
  });

  it('opens only .docx and .xlsx files: never a program or a script', async () => {
    serve(true);
    for (const file of ['C:\\Windows\\System32\\calc.exe', '/tmp/x.docx.bat', '\\\\server\\share\\run.lnk'])
      await expect(call('files.openPath', { path: file })).resolves.toMatchObject({
        ok: false,
        error: {
          code: 'E_USAGE',
          message: 'Chỉ mở được tệp văn bản Word (.docx) hoặc bảng tính Excel (.xlsx).',
        },
      });
    expect(shell.opened).toEqual([]);
  });

  it('refuses an unknown kind with E_VALIDATION before any dialog', async () => {
    serve(true);
    await expect(call('files.chooseOpenPath', { kind: 'exe' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_VALIDATION' },
    });
    expect(dialog.shown).toEqual([]);
  });
});

describe('files.* without a desktop host (browser preview)', () => {
  it('fails every dialog call with E_USAGE and a Vietnamese message', async () => {
    serve(false);
    for (const [channel, input] of [
      ['files.chooseSavePath', { suggestedName: 'a.docx', kind: 'docx' }],
      ['files.chooseOpenPath', { kind: 'sohop' }],
      ['files.openPath', { path: '/a.docx' }],
    ] as const)
      await expect(call(channel, input)).resolves.toMatchObject({
        ok: false,
        error: { code: 'E_USAGE', message: expect.stringContaining('gõ đường dẫn') },
      });
    expect(dialog.shown).toEqual([]);
    expect(shell.opened).toEqual([]);
  });
});

describe('documents.saveDocxTo', () => {
  it('writes the exported DOCX to the chosen path (Vietnamese name with spaces)', async () => {
    serve(true);
    const out = path.join(tempDir(), 'TB 05-TB-VPUB 08-01-2024 Nghệ An.docx');
    dialog.answerNext(out);
    await call('files.chooseSavePath', { suggestedName: path.basename(out), kind: 'docx' });
    const saved = await call('documents.saveDocxTo', { id: demoIds.notice2015, path: out });
    expect(saved).toMatchObject({ ok: true, value: { path: out } });
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((saved as { value: { bytes: number } }).value.bytes).toBe(bytes.length);
    expect(fs.readdirSync(path.dirname(out))).toEqual([path.basename(out)]);
  });

  it('gives E_FILE_LOCKED when Word holds the file, and leaves the old file whole', async () => {
    serve(true);
    const dir = tempDir();
    const out = path.join(dir, 'TB.docx');
    fs.writeFileSync(out, 'bản cũ');
    dialog.answerNext(out);
    await call('files.chooseSavePath', { suggestedName: 'TB.docx', kind: 'docx' });
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    });
    await expect(call('documents.saveDocxTo', { id: demoIds.notice2015, path: out })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_FILE_LOCKED', message: expect.stringContaining('đang mở') },
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('bản cũ');
    expect(fs.readdirSync(dir)).toEqual(['TB.docx']);
  });
});
