// @vitest-environment jsdom
// Cài đặt → Sao lưu & khôi phục against a mocked contract: back up now with progress, one-click
// restore of an automatic backup, inspect-then-restore of a file, merge dry run then apply, settings.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupFileInfo, BackupStatus, MergePlan } from '../../shared/backup';
import './setup';

const invoke = vi.fn();
class ApiError extends Error {
  code: string;
  constructor(info: { code: string; message: string }) {
    super(info.message);
    this.code = info.code;
  }
}
vi.mock('../../renderer/src/api', () => ({ invoke: (...args: unknown[]) => invoke(...args), ApiError }));

const { BackupPanel } = await import('../../renderer/src/features/backup/BackupPanel');
const { CommandProvider, useCommands } = await import('../../renderer/src/shell/commands');

const counts = { organizations: 3, people: 12, meetings: 40, programmes: 2, documents: 7 };
const zero = { organizations: 0, people: 0, meetings: 0, programmes: 0, documents: 0 };
const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  settings: { folder: null, daily: true, onQuit: true, keepDaily: 10, keepMonthly: 12 },
  job: null,
  folder: '/data/Sao lưu',
  lastBackupAt: '2026-11-22T17:30:00+07:00',
  lastBackupFile: '/data/Sao lưu/a.sohop',
  backups: [
    {
      file: '/data/Sao lưu/2026-11-22-daily.sohop',
      name: '2026-11-22-daily.sohop',
      createdAt: '2026-11-22T17:30:00+07:00',
      reason: 'daily',
      bytes: 2_400_000,
    },
  ],
  progress: { running: false, totalPages: 0, remainingPages: 0 },
  restoreProgress: { running: false, done: 0, total: 0 },
  ...over,
});
const info: BackupFileInfo = {
  file: '/usb/VP Tỉnh ủy.sohop',
  encrypted: true,
  createdAt: '2026-11-20T08:00:00+07:00',
  reason: 'manual',
  schemaVersion: 3,
  officeName: 'Văn phòng Tỉnh ủy Nghệ An',
  counts,
};
const plan: MergePlan = {
  source: '/usb/gui.json',
  kind: 'exchange',
  counts: {
    added: { ...zero, meetings: 5 },
    updated: { ...zero, people: 2 },
    skipped: { ...zero, documents: 9 },
  },
  items: [],
  duplicates: [
    {
      incoming: { id: 'x', fullName: 'Nguyễn Đức Trung' },
      existing: [{ id: 'y', fullName: 'Nguyễn Đức Trung' }],
    },
  ],
  planId: 'plan-1',
};

type Answers = Record<string, (input: Record<string, unknown>) => unknown>;
function answer(answers: Answers) {
  invoke.mockImplementation((channel: string, input: Record<string, unknown>) => {
    const run = answers[channel] ?? (channel === 'backup.status' ? () => status() : undefined);
    if (!run) return Promise.reject(new Error(`unexpected ${channel}`));
    try {
      return Promise.resolve(run(input));
    } catch (error) {
      return Promise.reject(error);
    }
  });
}
const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

let commands: ReturnType<typeof useCommands> | null = null;
function Capture() {
  commands = useCommands();
  return null;
}
const renderPanel = () =>
  render(
    <AntApp>
      <CommandProvider>
        <Capture />
        <BackupPanel />
      </CommandProvider>
    </AntApp>,
  );
const confirm = async (okText: string) => {
  const popover = await screen.findByRole('tooltip');
  fireEvent.click(within(popover).getByRole('button', { name: okText }));
};

beforeEach(() => {
  invoke.mockReset();
});

describe('backup screen', () => {
  it('shows the last good backup and the automatic backups', async () => {
    answer({});
    renderPanel();
    await screen.findByText('Lần sao lưu tốt gần nhất: 22/11/2026 17:30');
    expect(screen.getByText('Thư mục sao lưu: /data/Sao lưu')).toBeTruthy();
    const row = screen.getByText('2026-11-22-daily.sohop').closest('tr') as HTMLElement;
    expect(within(row).getByText('Hằng ngày')).toBeTruthy();
    expect(within(row).getByText('2,3 MB')).toBeTruthy();
  });

  it('backs up now, showing the progress from backup.status while it runs', async () => {
    let finish: (value: unknown) => void = () => undefined;
    let polls = 0;
    answer({
      'backup.status': () => {
        polls += 1;
        return polls === 1
          ? status({ lastBackupAt: null, backups: [] })
          : status({ progress: { running: true, totalPages: 200, remainingPages: 50 } });
      },
      'backup.runNow': () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    });
    renderPanel();
    await screen.findByText('Chưa có bản sao lưu nào.');
    expect(screen.getByText('Chưa có bản sao lưu tự động nào.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Sao lưu ngay/ }));
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ sao lưu' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('75'));
    await act(async () => finish({ file: '/data/Sao lưu/moi.sohop', bytes: 2048, encrypted: false, counts }));
    await screen.findByText('Đã sao lưu vào /data/Sao lưu/moi.sohop (2 KB).');
  });

  it('shows a daily backup it did not start, with its progress, until it ends', async () => {
    let daily = true;
    answer({
      'backup.status': () =>
        daily
          ? status({
              job: { kind: 'automatic', reason: 'daily' },
              progress: { running: true, totalPages: 100, remainingPages: 60 },
            })
          : status(),
    });
    renderPanel();
    await screen.findByText('Đang sao lưu tự động (Hằng ngày)…');
    const bar = screen.getByRole('progressbar', { name: 'Tiến độ sao lưu' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    daily = false;
    await waitFor(() => expect(screen.queryByText(/Đang sao lưu tự động/)).toBeNull());
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ sao lưu' })).toBeNull();
  });

  it('the menu command "Sao lưu ngay" runs the backup while the screen is open', async () => {
    answer({ 'backup.runNow': () => ({ file: '/f.sohop', bytes: 10, encrypted: false, counts }) });
    renderPanel();
    await screen.findByText(/Lần sao lưu tốt gần nhất/);
    act(() => void commands?.run('backup.now'));
    await screen.findByText('Đã sao lưu vào /f.sohop (10 B).');
    expect(calls('backup.runNow')).toHaveLength(1);
  });

  it('restores an automatic backup in one click after a confirmation', async () => {
    answer({ 'backup.restore': () => ({ restored: info, undoFile: '/data/Sao lưu/truoc-khoi-phuc.sohop' }) });
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục bản 2026-11-22-daily.sohop' }));
    expect(calls('backup.restore')).toEqual([]);
    await confirm('Khôi phục');
    await screen.findByText(/Đã khôi phục dữ liệu của 22\/11\/2026 17:30/);
    expect(calls('backup.restore')).toEqual([{ file: '/data/Sao lưu/2026-11-22-daily.sohop' }]);
  });

  it('inspects a typed file with its passphrase, shows what it holds, then restores on confirmation', async () => {
    answer({
      'backup.inspect': () => info,
      'backup.restore': () => ({ restored: info, undoFile: '/undo.sohop' }),
    });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Tệp sao lưu (.sohop)'), {
      target: { value: '/usb/VP Tỉnh ủy.sohop' },
    });
    fireEvent.change(screen.getByLabelText('Mật khẩu (nếu tệp có mật khẩu)'), {
      target: { value: 'bí mật' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem nội dung tệp' }));
    await screen.findByText('Văn phòng Tỉnh ủy Nghệ An');
    expect(screen.getByText('Có mật khẩu')).toBeTruthy();
    expect(screen.getByText('40')).toBeTruthy();
    expect(calls('backup.inspect')).toEqual([{ file: '/usb/VP Tỉnh ủy.sohop', passphrase: 'bí mật' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục dữ liệu này' }));
    await confirm('Khôi phục');
    await screen.findByText(/Đã khôi phục\. Dữ liệu trước đó được giữ ở \/undo\.sohop/);
    expect(calls('backup.restore')).toEqual([{ file: '/usb/VP Tỉnh ủy.sohop', passphrase: 'bí mật' }]);
  });

  it('shows how far the check of a file and then its restore are, from backup.status while they run', async () => {
    let finish: (value: unknown) => void = () => undefined;
    let showInfo: (value: unknown) => void = () => undefined;
    let restoring = false;
    let inspecting = false;
    const running = (done: number) => status({ restoreProgress: { running: true, done, total: 24_000 } });
    answer({
      'backup.status': () => (restoring ? running(6_000) : inspecting ? running(12_000) : status()),
      'backup.inspect': () => {
        inspecting = true;
        return new Promise((resolve) => {
          showInfo = resolve;
        });
      },
      'backup.restore': () => {
        restoring = true;
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Tệp sao lưu (.sohop)'), {
      target: { value: '/usb/VP Tỉnh ủy.sohop' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem nội dung tệp' }));
    const checkBar = await screen.findByRole('progressbar', { name: 'Tiến độ kiểm tra tệp' });
    await waitFor(() => expect(checkBar.getAttribute('aria-valuenow')).toBe('50'));
    inspecting = false;
    await act(async () => showInfo(info));
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục dữ liệu này' }));
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ kiểm tra tệp' })).toBeNull();
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ khôi phục' })).toBeNull();
    await confirm('Khôi phục');
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ khôi phục' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('25'));
    restoring = false;
    await act(async () => finish({ restored: info, undoFile: '/undo.sohop' }));
    await screen.findByText(/Đã khôi phục\. Dữ liệu trước đó được giữ ở \/undo\.sohop/);
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ khôi phục' })).toBeNull();
  });

  it("shows a wrong passphrase, and the preview's E_USAGE on restore, as readable messages", async () => {
    let wrong = true;
    answer({
      'backup.inspect': () => {
        if (wrong) throw new ApiError({ code: 'E_BACKUP_PASSPHRASE', message: 'Sai mật khẩu.' });
        return info;
      },
      'backup.restore': () => {
        throw new ApiError({ code: 'E_USAGE', message: 'Chỉ khôi phục được trong ứng dụng Sổ Họp.' });
      },
    });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Tệp sao lưu (.sohop)'), { target: { value: '/a.sohop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem nội dung tệp' }));
    await screen.findByText('Sai mật khẩu. Chi tiết: E_BACKUP_PASSPHRASE');
    wrong = false;
    fireEvent.click(screen.getByText('Xem nội dung tệp'));
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục dữ liệu này' }));
    await confirm('Khôi phục');
    await screen.findByText('Chỉ khôi phục được trong ứng dụng Sổ Họp. Chi tiết: E_USAGE');
  });

  it('merges: the dry run as a table with the possible duplicates, then applies that plan', async () => {
    answer({
      'backup.mergePreview': () => plan,
      'backup.mergeApply': () => ({ report: plan.counts, undoFile: '/truoc-gop.sohop' }),
    });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Tệp sao lưu (.sohop) hoặc tệp trao đổi (.json)'), {
      target: { value: '/usb/gui.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử (xem trước kết quả)' }));
    const table = await screen.findByRole('table', { name: 'Kết quả chạy thử' });
    const meetings = within(table).getByText('Cuộc họp').closest('tr') as HTMLElement;
    expect(
      within(meetings)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Cuộc họp', '5', '0', '0']);
    expect(screen.getByText(/Nguyễn Đức Trung — trùng tên với Nguyễn Đức Trung/)).toBeTruthy();
    expect(calls('backup.mergeApply')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Gộp vào dữ liệu' }));
    await confirm('Gộp');
    await screen.findByText(/Đã gộp: thêm 5, cập nhật 2 bản ghi/);
    expect(calls('backup.mergeApply')).toEqual([{ file: '/usb/gui.json', planId: 'plan-1' }]);
  });

  it('shows how far the dry run of a merge and then the merge are, from backup.status while they run', async () => {
    let showPlan: (value: unknown) => void = () => undefined;
    let finish: (value: unknown) => void = () => undefined;
    let phase: 'merge-check' | 'merge-apply' | null = null;
    const records = 48_000;
    answer({
      'backup.status': () =>
        phase === 'merge-check'
          ? status({ restoreProgress: { running: true, done: 36_000, total: records, phase } })
          : phase === 'merge-apply'
            ? status({ restoreProgress: { running: true, done: 12_000, total: records, phase } })
            : status(),
      'backup.mergePreview': () => {
        phase = 'merge-check';
        return new Promise((resolve) => {
          showPlan = resolve;
        });
      },
      'backup.mergeApply': () => {
        phase = 'merge-apply';
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Tệp sao lưu (.sohop) hoặc tệp trao đổi (.json)'), {
      target: { value: '/usb/VP Tỉnh ủy.sohop' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử (xem trước kết quả)' }));
    const checkBar = await screen.findByRole('progressbar', { name: 'Tiến độ chạy thử gộp' });
    await waitFor(() => expect(checkBar.getAttribute('aria-valuenow')).toBe('75'));
    // The restore card's bars stay away: this is the merge's check.
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ kiểm tra tệp' })).toBeNull();
    phase = null;
    await act(async () => showPlan(plan));
    await screen.findByRole('table', { name: 'Kết quả chạy thử' });
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ chạy thử gộp' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gộp vào dữ liệu' }));
    await confirm('Gộp');
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ gộp dữ liệu' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('25'));
    phase = null;
    await act(async () => finish({ report: plan.counts, undoFile: '/truoc-gop.sohop' }));
    await screen.findByText(/Đã gộp: thêm 5, cập nhật 2 bản ghi/);
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ gộp dữ liệu' })).toBeNull();
  });

  it("shows 0 on the merge's bar while the status holds another operation's check", async () => {
    let showPlan: (value: unknown) => void = () => undefined;
    answer({
      'backup.status': () =>
        status({ restoreProgress: { running: true, done: 9, total: 10, phase: 'restore' } }),
      'backup.mergePreview': () =>
        new Promise((resolve) => {
          showPlan = resolve;
        }),
    });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Tệp sao lưu (.sohop) hoặc tệp trao đổi (.json)'), {
      target: { value: '/usb/gui.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử (xem trước kết quả)' }));
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ chạy thử gộp' });
    await waitFor(() => expect(calls('backup.status').length).toBeGreaterThan(2));
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    await act(async () => showPlan(plan));
    await screen.findByRole('table', { name: 'Kết quả chạy thử' });
  });

  it('saves the schedule and the folder (an empty folder means the default)', async () => {
    answer({ 'backup.saveSettings': (input) => input });
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Thư mục sao lưu'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Khi thoát Sổ Họp' }));
    fireEvent.change(screen.getByLabelText('Giữ bản hằng ngày gần nhất'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt sao lưu' }));
    await waitFor(() =>
      expect(calls('backup.saveSettings')).toEqual([
        { folder: null, daily: true, onQuit: false, keepDaily: 30, keepMonthly: 12 },
      ]),
    );
  });
});
