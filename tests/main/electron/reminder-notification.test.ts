// The reminder as a Windows notification: main/index.ts started against the Electron stand-in, over a
// database holding an overdue task; clicking the notification focuses the window and opens the list.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { addDays } from '../../../main/db/repos/task-filter';
import { createServices } from '../../../main/services';
import { todayVietnam } from '../../../shared/datetime';
import { tempDir } from '../../helpers/db';
import type * as StandInModule from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

type StandIn = typeof StandInModule;
let dataDir: string;
let electron: StandIn | null = null;
const databaseFile = () => path.join(dataDir, 'so-hop.sqlite');

/** A database whose one task was due three days ago (Vietnam time); reminders switched as asked. */
function seed(enabled: boolean): void {
  const db = openDatabase(databaseFile());
  const services = createServices(db);
  const org = '00000000-0000-4000-8000-000000000001';
  services.exchange.import({
    format: 'so-hop-exchange',
    version: 1,
    organizations: [{ id: org, name: 'Sở Nội vụ', family: 'state' }],
    meetings: [
      {
        id: '00000000-0000-4000-8000-000000000002',
        title: 'Họp giao ban',
        kind: 'cuoc-hop',
        startsAt: `${addDays(todayVietnam(), -30)}T08:00:00+07:00`,
        organizerIds: [org],
        conclusions: [
          {
            id: '00000000-0000-4000-8000-000000000003',
            order: 1,
            kind: 'task',
            text: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nộp báo cáo quý' }] }],
            },
            assignees: [{ organizationId: org, role: 'lead' }],
            dueDate: addDays(todayVietnam(), -3),
            status: 'open',
          },
        ],
      },
    ],
  });
  services.reminders.saveSettings({ enabled });
  closeDatabase(db);
}

async function launch(): Promise<StandIn> {
  vi.resetModules();
  electron = (await import('electron')) as unknown as StandIn;
  electron.resetStandIn();
  await (
    await import('../../../main/index')
  ).started;
  await electron.app.becomeReady();
  return electron;
}

beforeEach(() => {
  dataDir = tempDir('so-hop-reminders-');
  vi.stubEnv('SOHOP_USER_DATA', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(async () => {
  if (electron) {
    electron.app.quit();
    await vi.waitFor(() => expect(fs.existsSync(`${databaseFile()}-wal`)).toBe(false), { timeout: 90_000 });
  }
  electron = null;
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('reminder notification at start', () => {
  it('shows what is overdue; a click focuses the window and opens the overdue list', async () => {
    seed(true);
    const { Notification, BrowserWindow } = await launch();
    await vi.waitFor(() => expect(Notification.shown).toHaveLength(1));
    const [shown] = Notification.shown;
    expect(shown?.options).toEqual({
      title: 'Sổ Họp: nhiệm vụ cần theo dõi',
      body: '1 nhiệm vụ quá hạn.\nQuá hạn: Nộp báo cáo quý',
    });
    const window = BrowserWindow.created[0]!;
    window.minimized = true;
    shown?.click();
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(window.webContents.sent).toContainEqual({ channel: 'sohop:command', args: ['tasks.overdue'] });
  });

  it('stays silent when reminders are off in Cài đặt', async () => {
    seed(false);
    const { Notification, BrowserWindow } = await launch();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(Notification.shown).toEqual([]);
  });
});
