// @vitest-environment jsdom
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { blankMeeting, missingForSave, toSaveInput } from '../../renderer/src/features/meetings/draft';
import type { SaveState } from '../../renderer/src/lib/useAutosave';
import { plainToRichText } from '../../shared/rich-text';
import { invoke } from './fakeApi';
import './setup';

vi.mock('../../renderer/src/api', () => import('./fakeApi'));

const { ApiError } = await import('../../renderer/src/api');
const { GeneralInfoForm } = await import('../../renderer/src/features/meetings/GeneralInfoForm');
const { ConclusionsEditor, withKind, blankConclusion } =
  await import('../../renderer/src/features/meetings/ConclusionsEditor');
const { NewPersonForm } = await import('../../renderer/src/features/meetings/NewPersonForm');
const { AttendeesEditor } = await import('../../renderer/src/features/meetings/AttendeesEditor');
const { SaveIndicator } = await import('../../renderer/src/components/SaveIndicator');
const { useAutosave } = await import('../../renderer/src/lib/useAutosave');
const { moveItem } = await import('../../renderer/src/lib/lists');
const { parseHash } = await import('../../renderer/src/shell/routes');

const ORG = {
  id: '81a8efde-f061-5bf6-b9c7-86a157641c2a',
  name: 'Văn phòng UBND tỉnh',
  family: 'state',
  symbol: null,
  parentId: null,
};
const ID = '11111111-2222-4333-8444-555555555555';

beforeEach(() => {
  invoke.mockReset();
  invoke.mockImplementation((channel: string) => {
    if (channel === 'organizations.list') return Promise.resolve([ORG]);
    return Promise.reject(new Error(`unexpected call ${channel}`));
  });
});

describe('a new meeting draft', () => {
  it('starts today at 08:00 Vietnam time with the default organizer, and says what is missing', () => {
    const d = blankMeeting(ID, ORG.id, Date.parse('2026-11-23T20:30:00Z'));
    expect(d.startsAt).toBe('2026-11-24T08:00:00+07:00');
    expect(d.organizerIds).toEqual([ORG.id]);
    expect(missingForSave(d)).toEqual(['tên cuộc họp']);
    expect(missingForSave({ ...blankMeeting(ID, null), title: 'Họp' })).toEqual(['cơ quan chủ trì']);
    // An empty group never blocks the meeting: it is left out of what is saved.
    expect(missingForSave({ ...d, title: 'Họp', attendeeGroups: [' '] })).toEqual([]);
    expect(
      toSaveInput({ ...d, title: 'Họp', attendeeGroups: [' ', 'Đại diện các sở'] }).attendeeGroups,
    ).toEqual(['Đại diện các sở']);
  });

  it('renumbers conclusions in list order when saving', () => {
    const d = { ...blankMeeting(ID, ORG.id), conclusions: [blankConclusion(5), blankConclusion(1)] };
    expect(toSaveInput(d).conclusions?.map((c) => c.order)).toEqual([1, 2]);
  });
});

describe('general info form', () => {
  it('edits the title and warns while the title or organizer is missing', async () => {
    const onChange = vi.fn();
    render(<GeneralInfoForm draft={blankMeeting(ID, null)} onChange={onChange} />);
    expect(screen.getByText('Cần nhập tên cuộc họp để lưu.')).toBeTruthy();
    expect(screen.getByText('Cần chọn ít nhất một cơ quan chủ trì để lưu.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tên cuộc họp'), { target: { value: 'Hội nghị sơ kết' } });
    expect(onChange).toHaveBeenCalledWith({ title: 'Hội nghị sơ kết' });
    expect((screen.getByLabelText('Bắt đầu') as HTMLInputElement).value).toMatch(/^\d\d\/\d\d\/\d{4} 08:00$/);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('organizations.list', {}));
  });
});

describe('conclusions editor', () => {
  it('adds, retypes as a task with its fields, and removes conclusions', () => {
    let list = [{ ...blankConclusion(1), text: plainToRichText('Đánh giá chung') }];
    const onChange = vi.fn((next: typeof list) => (list = next));
    const { rerender } = render(<ConclusionsEditor conclusions={list} onChange={onChange} />);
    expect((screen.getByLabelText('Nội dung kết luận 1') as HTMLTextAreaElement).value).toBe(
      'Đánh giá chung',
    );
    fireEvent.click(screen.getByRole('button', { name: /Thêm kết luận/ }));
    expect(list).toHaveLength(2);
    list = [list[0] as (typeof list)[number], withKind(list[1] as (typeof list)[number], 'task')];
    rerender(<ConclusionsEditor conclusions={list} onChange={onChange} />);
    expect(screen.getByText('Đơn vị chủ trì')).toBeTruthy();
    expect(screen.getByText('Thời hạn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Ghi tiến độ/ }));
    expect(list[1]?.progress).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Nội dung kết luận 1'), { target: { value: 'Dòng 1\nDòng 2' } });
    expect(list[0]?.text.content).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa kết luận 2' }));
    expect(list).toHaveLength(1);
  });

  it('drops task fields when a task becomes a direction', () => {
    const task = withKind(blankConclusion(1), 'task');
    expect(task).toMatchObject({ kind: 'task', status: 'open', assignees: [], progress: [] });
    const direction = withKind({ ...task, dueDate: '2026-12-31' }, 'direction');
    expect(Object.keys(direction).sort()).toEqual(['id', 'kind', 'order', 'text']);
  });
});

describe('attendees editor', () => {
  const PERSON = { id: '22222222-3333-4444-8555-666666666666', fullName: 'Nguyễn Đức Trung', updatedAt: '' };

  it('shows a long title of the day whole, and keeps it on one line when Enter is typed', async () => {
    invoke.mockImplementation((channel: string) => {
      if (channel === 'organizations.list') return Promise.resolve([ORG]);
      if (channel === 'people.getMany') return Promise.resolve([PERSON]);
      if (channel === 'people.titles') return Promise.resolve([]);
      return Promise.reject(new Error(`unexpected call ${channel}`));
    });
    const onChange = vi.fn();
    const title = 'Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Đoàn đại biểu Quốc hội tỉnh';
    render(
      <AttendeesEditor
        attendees={[{ personId: PERSON.id, role: 'chair', position: title }]}
        groups={[]}
        onChange={onChange}
        onAppend={vi.fn()}
        onGroupsChange={vi.fn()}
      />,
    );
    // The row opens as text; a click on the title puts the row's editors in its place.
    await screen.findByText('Chức vụ của Nguyễn Đức Trung:');
    const stub = (await screen.findByText(title)).closest('button') as HTMLButtonElement;
    fireEvent.click(stub);
    const field = await screen.findByLabelText('Chức vụ của Nguyễn Đức Trung');
    expect(document.activeElement).toBe(field);
    // A multi-line field: the whole title wraps in the cell instead of scrolling out of sight.
    expect(field.tagName).toBe('TEXTAREA');
    expect((field as HTMLTextAreaElement).value).toBe(title);
    fireEvent.change(field, { target: { value: 'Phó Bí thư Tỉnh ủy,\n  Chủ tịch UBND tỉnh' } });
    expect(onChange).toHaveBeenLastCalledWith([
      { personId: PERSON.id, role: 'chair', position: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
    ]);
  });
});

describe('new person form', () => {
  it('saves the person and passes the title of the day', async () => {
    invoke.mockImplementation((_c: string, input: { id: string; fullName: string }) =>
      Promise.resolve({ ...input, updatedAt: '2026-11-23T09:00:00+07:00' }),
    );
    const onCreated = vi.fn();
    render(<NewPersonForm initialName="Trần Văn Mới" onCreated={onCreated} onCancel={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Chức vụ cán bộ mới'), { target: { value: 'Giám đốc Sở' } });
    fireEvent.click(screen.getByRole('button', { name: /Lưu cán bộ/ }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith('people.save', expect.objectContaining({ fullName: 'Trần Văn Mới' }));
    expect(onCreated.mock.calls[0]?.[1]).toBe('Giám đốc Sở');
  });

  it('shows the service error in Vietnamese and keeps what was typed', async () => {
    invoke.mockRejectedValue(new ApiError({ code: 'E_DB_BUSY', message: 'Cơ sở dữ liệu đang bận.' }));
    render(<NewPersonForm initialName="Lê Văn B" onCreated={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Chức vụ cán bộ mới'), { target: { value: 'Phó Giám đốc' } });
    fireEvent.click(screen.getByRole('button', { name: /Lưu cán bộ/ }));
    await screen.findByText(/^Cơ sở dữ liệu đang bận\.\s+Chi tiết: E_DB_BUSY$/);
    expect((screen.getByLabelText('Họ và tên cán bộ mới') as HTMLInputElement).value).toBe('Lê Văn B');
    expect((screen.getByLabelText('Chức vụ cán bộ mới') as HTMLInputElement).value).toBe('Phó Giám đốc');
  });

  it('refuses an empty name without calling the service', async () => {
    render(<NewPersonForm initialName="  " onCreated={() => undefined} onCancel={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /Lưu cán bộ/ }));
    await screen.findByText('Cần nhập họ và tên.');
    expect(invoke).not.toHaveBeenCalledWith('people.save', expect.anything());
  });
});

describe('save indicator', () => {
  const show = (status: SaveState, neverSaved = false) =>
    render(<SaveIndicator status={status} onRetry={() => undefined} neverSaved={neverSaved} />).container
      .textContent;
  it('says saving, saved at HH:mm, what is missing, or the error', () => {
    expect(show({ state: 'saving' })).toContain('Đang lưu…');
    expect(show({ state: 'saved', at: new Date(2026, 10, 23, 9, 5) })).toContain('Đã lưu lúc 09:05');
    expect(show({ state: 'clean' }, true)).toBe('Chưa lưu');
    expect(show({ state: 'invalid', missing: ['tên cuộc họp'] })).toContain('Chưa lưu: cần tên cuộc họp');
    expect(show({ state: 'failed', error: { code: 'E_DISK_FULL', message: 'Ổ đĩa đầy.' } })).toMatch(
      /Lưu không được: Ổ đĩa đầy\. Nội dung vẫn được giữ\. Thử lạiChi tiết: E_DISK_FULL$/,
    );
  });
});

describe('autosave', () => {
  it('saves once about a second after the last change, and at once on flush', async () => {
    vi.useFakeTimers();
    try {
      let value = 0;
      const save = vi.fn(() => Promise.resolve());
      const { result } = renderHook(() => useAutosave({ collect: () => value, validate: () => [], save }));
      act(() => {
        value = 1;
        result.current.touch();
        vi.advanceTimersByTime(500);
        value = 2;
        result.current.touch();
        vi.advanceTimersByTime(900);
      });
      expect(save).not.toHaveBeenCalled();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(200);
      });
      expect(save).toHaveBeenCalledTimes(1);
      expect(save).toHaveBeenLastCalledWith(2);
      expect(result.current.status.state).toBe('saved');
      value = 3;
      act(() => result.current.touch());
      await act(() => result.current.flush());
      expect(save).toHaveBeenLastCalledWith(3);
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the change after a failed save and saves it on retry; flushes on page hide', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('mất kết nối')).mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave({ collect: () => 'x', validate: () => [], save }));
    act(() => result.current.touch());
    await act(() => result.current.flush());
    expect(result.current.status).toMatchObject({ state: 'failed', error: { message: 'mất kết nối' } });
    await act(() => result.current.flush());
    expect(result.current.status.state).toBe('saved');
    act(() => result.current.touch());
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await Promise.resolve();
    });
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('does not send an invalid value, and says what is missing', async () => {
    const save = vi.fn();
    const { result } = renderHook(() =>
      useAutosave({ collect: () => '', validate: (v: string) => (v ? [] : ['tên cuộc họp']), save }),
    );
    act(() => result.current.touch());
    await act(() => result.current.flush());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toEqual({ state: 'invalid', missing: ['tên cuộc họp'] });
  });
});

describe('helpers', () => {
  it('moves attendees for protocol order', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('parses hash routes, giving a new meeting a fresh id', () => {
    expect(parseHash('', () => ID)).toEqual({ name: 'dashboard' });
    expect(parseHash('#/meetings', () => ID)).toEqual({ name: 'meetings' });
    expect(parseHash('#/meetings/new', () => ID)).toEqual({ name: 'meeting', id: ID, isNew: true });
    expect(parseHash(`#/meetings/${ID}`, () => 'x')).toEqual({ name: 'meeting', id: ID, isNew: false });
    expect(parseHash('#/meetings/abc', () => ID)).toEqual({ name: 'not-found', path: 'meetings/abc' });
  });
});

describe('meeting routes with a tab', () => {
  it('opens a meeting on the tab named in the address', () => {
    expect(parseHash(`#/meetings/${ID}?tab=conclusions`, () => 'x')).toEqual({
      name: 'meeting',
      id: ID,
      isNew: false,
      tab: 'conclusions',
    });
  });
});
