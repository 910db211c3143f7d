// @vitest-environment jsdom
// After a restore or a merge the renderer shows the data now in the database, not what it had cached:
// the organizations (shared by every screen that names a unit) and the people's names are loaded again.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupStatus, MergePlan } from '../../shared/backup';
import './setup';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/src/api', async () => ({
  invoke: (...args: unknown[]) => invoke(...args) as unknown,
  ApiError: (await import('./fakeApi')).ApiError,
}));

/** The screens as a fresh page load has them: nothing cached yet. */
async function loadScreens() {
  vi.resetModules();
  const { BackupPanel } = await import('../../renderer/src/features/backup/BackupPanel');
  const { useOrganizations } = await import('../../renderer/src/lib/organizations');
  const { usePeople } = await import('../../renderer/src/lib/people');

  /** A screen naming the units and a person, as the meeting list and the attendee list do. */
  function Names() {
    const organizations = useOrganizations();
    const person = usePeople([PERSON]).get(PERSON);
    return (
      <ul aria-label="Tên đang hiển thị">
        {organizations.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
        {person ? <li>{person.fullName}</li> : null}
      </ul>
    );
  }

  render(
    <AntApp>
      <Names />
      <BackupPanel />
    </AntApp>,
  );
}

const PERSON = '33333333-3333-4333-8333-333333333333';
const STAMP = '2026-11-23T09:00:00+07:00';
const zero = { organizations: 0, people: 0, meetings: 0, programmes: 0, documents: 0 };
const status: BackupStatus = {
  settings: { folder: null, daily: true, onQuit: true, keepDaily: 10, keepMonthly: 12 },
  job: null,
  folder: '/data/Sao lưu',
  lastBackupAt: null,
  lastBackupFile: null,
  backups: [
    {
      file: '/data/Sao lưu/so-hop-2026-11-20_080000-daily.sohop',
      name: 'so-hop-2026-11-20_080000-daily.sohop',
      createdAt: '2026-11-20T08:00:00+07:00',
      reason: 'daily',
      bytes: 4096,
    },
  ],
  progress: { running: false, totalPages: 0, remainingPages: 0 },
  restoreProgress: { running: false, done: 0, total: 0 },
};
const plan: MergePlan = {
  source: '/usb/gui.json',
  kind: 'exchange',
  counts: { added: { ...zero, organizations: 1 }, updated: { ...zero, people: 1 }, skipped: zero },
  items: [],
  duplicates: [],
  planId: 'plan-1',
};

/** What the database holds now: the restore and the merge below change it. */
let data = { organization: 'Sở Tư pháp', person: 'Nguyễn Văn An' };

beforeEach(() => {
  data = { organization: 'Sở Tư pháp', person: 'Nguyễn Văn An' };
  invoke.mockReset();
  invoke.mockImplementation((channel: string) => {
    const answers: Record<string, () => unknown> = {
      'backup.status': () => status,
      'organizations.list': () => [
        { id: 'org-1', name: data.organization, family: 'state', symbol: null, parentId: null },
      ],
      'people.get': () => ({ id: PERSON, fullName: data.person, updatedAt: STAMP }),
      'people.getMany': () => [{ id: PERSON, fullName: data.person, updatedAt: STAMP }],
      'backup.restore': () => {
        data = { organization: 'Sở Y tế', person: 'Trần Thị Bình' };
        return { restored: {}, undoFile: '/data/Sao lưu/truoc-khoi-phuc.sohop' };
      },
      'backup.mergePreview': () => plan,
      'backup.mergeApply': () => {
        data = { organization: 'Sở Nội vụ', person: 'Lê Văn Cường' };
        return { report: plan.counts, undoFile: '/data/Sao lưu/truoc-gop.sohop' };
      },
    };
    const answer = answers[channel];
    return answer ? Promise.resolve(answer()) : Promise.reject(new Error(`unexpected ${channel}`));
  });
});

const shown = () => within(screen.getByRole('list', { name: 'Tên đang hiển thị' }));
const confirm = async (okText: string) => {
  const popover = await screen.findByRole('tooltip');
  fireEvent.click(within(popover).getByRole('button', { name: okText }));
};

describe('cached records after a restore or a merge', () => {
  it('shows the restored organizations and people, not the cached ones', async () => {
    await loadScreens();
    await screen.findByText('Sở Tư pháp');
    await screen.findByText('Nguyễn Văn An');
    fireEvent.click(
      screen.getByRole('button', { name: 'Khôi phục bản so-hop-2026-11-20_080000-daily.sohop' }),
    );
    await confirm('Khôi phục');
    await screen.findByText(/Đã khôi phục dữ liệu của 20\/11\/2026/);
    expect(await shown().findByText('Sở Y tế')).toBeTruthy();
    expect(await shown().findByText('Trần Thị Bình')).toBeTruthy();
    expect(shown().queryByText('Sở Tư pháp')).toBeNull();
    expect(shown().queryByText('Nguyễn Văn An')).toBeNull();
  });

  it('shows the merged organizations and people, not the cached ones', async () => {
    await loadScreens();
    await screen.findByText('Nguyễn Văn An');
    fireEvent.change(screen.getByLabelText('Tệp sao lưu (.sohop) hoặc tệp trao đổi (.json)'), {
      target: { value: '/usb/gui.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử (xem trước kết quả)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gộp vào dữ liệu' }));
    await confirm('Gộp');
    await screen.findByText(/Đã gộp: thêm 1, cập nhật 1 bản ghi/);
    expect(await shown().findByText('Sở Nội vụ')).toBeTruthy();
    expect(await shown().findByText('Lê Văn Cường')).toBeTruthy();
    expect(shown().queryByText('Nguyễn Văn An')).toBeNull();
  });
});
