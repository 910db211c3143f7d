// @vitest-environment jsdom
// A file opened from outside the page: the one the app was started with (opened.take on start), one
// double-clicked while it runs ('file.opened'), one picked with Tệp → Mở… ('file.open'). A backup
// opens "Xem nội dung tệp" on the backup screen with what it holds, then restore or merge; an
// exchange file opens the merge's dry run.
import { render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupFileInfo, BackupStatus, MergePlan } from '../../shared/backup';
import type { AppCommand } from '../../shared/commands';
import './setup';

const invoke = vi.fn();
vi.mock('../../renderer/src/api', () => ({
  invoke: (...args: unknown[]) => invoke(...args),
  ApiError: Error,
}));

const { BackupPanel } = await import('../../renderer/src/features/backup/BackupPanel');
const { CommandProvider, useCommands } = await import('../../renderer/src/shell/commands');
const { useMenuCommands } = await import('../../renderer/src/shell/useMenuCommands');

const counts = { organizations: 3, people: 12, meetings: 40, programmes: 2, documents: 7 };
const zero = { organizations: 0, people: 0, meetings: 0, programmes: 0, documents: 0 };
const status: BackupStatus = {
  settings: { folder: null, daily: true, onQuit: true, keepDaily: 10, keepMonthly: 12 },
  folder: '/data/Sao lưu',
  lastBackupAt: null,
  lastBackupFile: null,
  backups: [],
  progress: { running: false, totalPages: 0, remainingPages: 0 },
  restoreProgress: { running: false, done: 0, total: 0 },
  job: null,
};
const BACKUP = 'C:\\Users\\Văn thư\\Tải về\\VP Tỉnh ủy 23-11.sohop';
const EXCHANGE = 'D:\\Trao đổi\\gửi VP UBND.json';
const info: BackupFileInfo = {
  file: BACKUP,
  encrypted: false,
  createdAt: '2026-11-23T08:00:00+07:00',
  reason: 'manual',
  schemaVersion: 1,
  officeName: 'Văn phòng Tỉnh ủy Nghệ An',
  counts,
};
const plan: MergePlan = {
  source: EXCHANGE,
  kind: 'exchange',
  counts: { added: { ...zero, meetings: 5 }, updated: zero, skipped: zero },
  items: [],
  duplicates: [],
  planId: 'plan-1',
};

let waiting: string[] = [];
let chosen: string | null = null;
let send: (name: AppCommand) => void = () => undefined;
const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function Shell() {
  useMenuCommands(useCommands());
  return <BackupPanel />;
}
const renderShell = () =>
  render(
    <AntApp>
      <CommandProvider>
        <Shell />
      </CommandProvider>
    </AntApp>,
  );

beforeEach(() => {
  window.location.hash = '#/';
  waiting = [];
  chosen = null;
  invoke.mockReset();
  invoke.mockImplementation((channel: string) => {
    const answers: Record<string, () => unknown> = {
      'backup.status': () => status,
      'opened.take': () => waiting.shift() ?? null,
      'files.chooseOpenPath': () => chosen,
      'backup.inspect': () => info,
      'backup.mergePreview': () => plan,
    };
    const run = answers[channel];
    return run ? Promise.resolve(run()) : Promise.reject(new Error(`unexpected ${channel}`));
  });
  window.sohop = {
    invoke: vi.fn(),
    onCommand: (listener) => {
      send = listener;
      return () => undefined;
    },
  };
});
afterEach(() => {
  delete window.sohop;
});

describe('a file opened from outside the page', () => {
  it('the file the app was started with: "Xem nội dung tệp" shows what it holds, then restore or merge', async () => {
    waiting = [BACKUP];
    renderShell();
    await screen.findByText('Văn phòng Tỉnh ủy Nghệ An');
    expect(window.location.hash).toBe('#/settings/backup');
    expect(calls('backup.inspect')).toEqual([{ file: BACKUP }]);
    expect(screen.getByRole('button', { name: 'Khôi phục dữ liệu này' })).toBeTruthy();
    expect((document.getElementById('restore-file') as HTMLInputElement).value).toBe(BACKUP);
    expect((document.getElementById('merge-file') as HTMLInputElement).value).toBe(BACKUP);
    expect(calls('backup.mergePreview')).toEqual([]);
    expect(calls('opened.take')).toHaveLength(1);
  });

  it('an exchange file double-clicked while the app runs: the dry run of its merge', async () => {
    renderShell();
    await waitFor(() => expect(calls('opened.take')).toHaveLength(1));
    waiting = [EXCHANGE];
    send('file.opened');
    const table = await screen.findByRole('table', { name: 'Kết quả chạy thử' });
    expect(within(table).getByText('5')).toBeTruthy();
    expect(calls('backup.mergePreview')).toEqual([{ file: EXCHANGE }]);
    expect(calls('backup.inspect')).toEqual([]);
    expect((document.getElementById('merge-file') as HTMLInputElement).value).toBe(EXCHANGE);
  });

  it('Tệp → Mở…: the open dialog for a backup or an exchange file, then the same view', async () => {
    renderShell();
    await waitFor(() => expect(calls('opened.take')).toHaveLength(1));
    chosen = BACKUP;
    send('file.open');
    await screen.findByText('Văn phòng Tỉnh ủy Nghệ An');
    expect(calls('files.chooseOpenPath')).toEqual([{ kind: 'json' }]);
    expect(calls('backup.inspect')).toEqual([{ file: BACKUP }]);
  });

  it('a cancelled dialog changes nothing', async () => {
    renderShell();
    await waitFor(() => expect(calls('opened.take')).toHaveLength(1));
    send('file.open');
    await waitFor(() => expect(calls('files.chooseOpenPath')).toHaveLength(1));
    expect(window.location.hash).toBe('#/');
    expect(calls('backup.inspect')).toEqual([]);
  });
});
