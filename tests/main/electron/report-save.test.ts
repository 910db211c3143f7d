// Saving the report in the desktop app: only where the save dialog chose (the DOCX export's grant), then
// it may be opened; in the preview (no dialogs) the page downloads it instead.
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
const call = (channel: Channel, input: unknown) =>
  ipcMain.invoke(fakeInvokeEvent(), ipcChannelName(channel), input);
const query = { format: 'xlsx', from: '2015-01-01', to: '2021-12-31', issuerId: demoIds.vpub };

beforeEach(() => {
  resetStandIn();
  const t = withDemo();
  const host = createDesktopHost(() => owner as unknown as ElectronWindow);
  unregister = registerIpcHandlers(
    ipcMain,
    createHandlers(t.services, { version: '0-test', databasePath: t.file }, undefined, host),
  );
});
afterEach(() => {
  unregister?.();
  unregister = null;
});

describe('reports.saveConclusionsTo in Electron', () => {
  it('refuses a path the save dialog did not give, and writes nothing there', async () => {
    const out = path.join(tempDir(), 'Báo cáo.xlsx');
    await expect(call('reports.saveConclusionsTo', { ...query, path: out })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_USAGE' },
    });
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes the workbook where the dialog chose (Excel filter offered), then may open it', async () => {
    const out = path.join(tempDir(), 'Báo cáo thực hiện kết luận.xlsx');
    dialog.answerNext(out);
    await expect(
      call('files.chooseSavePath', { suggestedName: path.basename(out), kind: 'xlsx' }),
    ).resolves.toEqual({
      ok: true,
      value: out,
    });
    expect(dialog.shown[0]?.options).toMatchObject({
      title: 'Lưu bảng tính',
      filters: [{ extensions: ['xlsx'] }, expect.anything()],
    });
    const saved = await call('reports.saveConclusionsTo', { ...query, path: out });
    expect(saved).toMatchObject({ ok: true, value: { path: out, bytes: fs.statSync(out).size } });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    await expect(call('files.openPath', { path: out })).resolves.toEqual({ ok: true, value: null });
    expect(shell.opened).toEqual([out]);
  });
});
