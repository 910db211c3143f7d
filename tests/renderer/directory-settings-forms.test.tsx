// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { plainToRichText } from '../../shared/rich-text';
import { invoke } from './fakeApi';
import './setup';

vi.mock('../../renderer/src/api', () => import('./fakeApi'));

const { ApiError } = await import('../../renderer/src/api');
const { PersonForm } = await import('../../renderer/src/features/directory/PersonForm');
const { OrganizationForm } = await import('../../renderer/src/features/directory/OrganizationForm');
const { buildOrgTree } = await import('../../renderer/src/features/directory/orgTree');
const { SettingsPage } = await import('../../renderer/src/features/settings/SettingsPage');
const { DocumentForm } = await import('../../renderer/src/features/documents/DocumentForm');
const { invalidateOrganizations } = await import('../../renderer/src/lib/organizations');
const { missingForDocument, toDocumentInput } =
  await import('../../renderer/src/features/documents/DocumentPage');
const { missingForProgramme, toProgrammeInput, blankProgramme } =
  await import('../../renderer/src/features/programmes/draft');

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const STAMP = '2026-11-23T09:00:00+07:00';

beforeEach(() => {
  invalidateOrganizations(); // the directory is cached between screens: each test loads its own
  invoke.mockReset();
  invoke.mockImplementation((channel: string) =>
    channel === 'organizations.list'
      ? Promise.resolve([
          { id: A, name: 'Văn phòng UBND tỉnh', family: 'state', symbol: 'VPUB', parentId: null },
        ])
      : Promise.reject(new Error(`unexpected ${channel}`)),
  );
});

describe('person form', () => {
  it('shows the titles held in meetings and saves the trimmed name', async () => {
    invoke.mockImplementation((channel: string, input: unknown) => {
      if (channel === 'people.titles')
        return Promise.resolve([
          { title: 'Chủ tịch UBND tỉnh', lastSeenAt: '2021-01-14T14:00:00+07:00', meetingCount: 2 },
        ]);
      if (channel === 'people.save') return Promise.resolve({ ...(input as object), updatedAt: STAMP });
      return Promise.reject(new Error(channel));
    });
    const onSaved = vi.fn();
    render(
      <PersonForm
        person={{ id: A, fullName: 'Nguyễn Đức Trung', updatedAt: STAMP }}
        onSaved={onSaved}
        onDeleted={() => undefined}
      />,
    );
    await screen.findByText('Chủ tịch UBND tỉnh');
    expect(screen.getByText('14/01/2021')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: '  Nguyễn Đức Trung  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith(
      'people.save',
      expect.objectContaining({ fullName: 'Nguyễn Đức Trung' }),
    );
  });

  it('keeps what was typed when the save is refused', async () => {
    invoke.mockImplementation((channel: string) =>
      channel === 'people.titles'
        ? Promise.resolve([])
        : Promise.reject(new ApiError({ code: 'E_DB_BUSY', message: 'Cơ sở dữ liệu đang bận.' })),
    );
    render(
      <PersonForm
        person={{ id: A, fullName: 'Lê Văn C', updatedAt: STAMP }}
        onSaved={() => undefined}
        onDeleted={() => undefined}
      />,
    );
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Nghỉ hưu 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText(/^Cơ sở dữ liệu đang bận\.\s+Chi tiết: E_DB_BUSY$/);
    expect((screen.getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe('Nghỉ hưu 2024');
  });
});

describe('organization form and tree', () => {
  it('builds the tree by parent', () => {
    const tree = buildOrgTree([
      { id: A, name: 'UBND tỉnh', family: 'state', symbol: 'UBND', parentId: null },
      { id: B, name: 'Văn phòng', family: 'state', symbol: null, parentId: A },
    ]);
    expect(tree).toEqual([
      { key: A, title: 'UBND tỉnh (UBND)', children: [{ key: B, title: 'Văn phòng', children: [] }] },
    ]);
  });

  it('refuses more than four header lines and saves the lines otherwise', async () => {
    invoke.mockImplementation((channel: string, input: unknown) => {
      if (channel === 'organizations.list') return Promise.resolve([]);
      if (channel === 'organizations.save')
        return Promise.resolve({ ...(input as object), updatedAt: STAMP });
      return Promise.reject(new Error(channel));
    });
    const onSaved = vi.fn();
    render(<OrganizationForm id={B} isNew onSaved={onSaved} onDeleted={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Tên cơ quan'), { target: { value: 'Sở Nội vụ' } });
    const header = screen.getByLabelText(/Tên cơ quan ở tiêu đề văn bản/);
    fireEvent.change(header, { target: { value: 'A\nB\nC\nD\nE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Tên ở tiêu đề văn bản có tối đa 4 dòng.');
    fireEvent.change(header, { target: { value: 'UBND TỈNH NGHỆ AN\n\nSỞ NỘI VỤ ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(B));
    expect(invoke).toHaveBeenCalledWith(
      'organizations.save',
      expect.objectContaining({
        name: 'Sở Nội vụ',
        headerLines: ['UBND TỈNH NGHỆ AN', 'SỞ NỘI VỤ'],
        family: 'state',
      }),
    );
  });

  it('saves the header’s upper line in its three states: from the parent, none, or typed', async () => {
    const parent = {
      id: A,
      name: 'Ủy ban nhân dân tỉnh Nghệ An',
      headerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'],
    };
    const saved: Record<string, unknown>[] = [];
    invoke.mockImplementation((channel: string, input: unknown) => {
      if (channel === 'organizations.list')
        return Promise.resolve([
          { id: A, name: parent.name, family: 'state', symbol: 'UBND', parentId: null },
        ]);
      if (channel === 'organizations.get')
        return Promise.resolve({ ...parent, family: 'state', updatedAt: STAMP });
      if (channel === 'organizations.save') {
        saved.push(input as Record<string, unknown>);
        return Promise.resolve({ ...(input as object), updatedAt: STAMP });
      }
      return Promise.reject(new Error(channel));
    });
    const onSaved = vi.fn();
    render(<OrganizationForm id={B} isNew onSaved={onSaved} onDeleted={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Tên cơ quan'), {
      target: { value: 'Ủy ban nhân dân huyện Đô Lương' },
    });
    // A parent chosen: "from the parent" shows the line it gives, abbreviated as NĐ 30 allows.
    const parentSelect = screen.getByLabelText('Cơ quan cấp trên');
    fireEvent.mouseDown(parentSelect);
    await waitFor(() => expect(document.querySelector('.ant-select-item-option')).not.toBeNull());
    fireEvent.click(document.querySelector('.ant-select-item-option')!);
    await screen.findByText('(UBND TỈNH NGHỆ AN)');
    const save = async (n: number) => {
      fireEvent.click(screen.getByRole('button', { name: /Lưu$/ }));
      await waitFor(() => expect(saved).toHaveLength(n));
      return saved[n - 1]!;
    };
    expect(Object.hasOwn(await save(1), 'headerParentLine')).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Không có' }));
    expect(await save(2)).toMatchObject({ parentId: A, headerParentLine: null });
    fireEvent.click(screen.getByRole('radio', { name: 'Nhập riêng' }));
    const typed = screen.getByLabelText('Dòng trên tên cơ quan (nhập riêng)') as HTMLInputElement;
    expect(typed.value).toBe('UBND TỈNH NGHỆ AN');
    fireEvent.change(typed, { target: { value: ' ĐẢNG BỘ TỈNH NGHỆ AN ' } });
    expect(await save(3)).toMatchObject({ headerParentLine: 'ĐẢNG BỘ TỈNH NGHỆ AN' });
    fireEvent.change(typed, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: /Lưu$/ }));
    await screen.findByText(/Nhập dòng trên của tiêu đề/);
    expect(saved).toHaveLength(3);
  });
});

describe('settings', () => {
  it('loads the office profile and saves recipients one per line', async () => {
    const profile = {
      defaultIssuerId: null,
      place: 'Nghệ An',
      defaultSigners: [],
      defaultRecipients: ['- Như trên;'],
      partyTermStart: '2020-10-15',
    };
    invoke.mockImplementation((channel: string, input: unknown) => {
      if (channel === 'organizations.list') return Promise.resolve([]);
      if (channel === 'settings.get') return Promise.resolve(profile);
      if (channel === 'settings.save') return Promise.resolve(input);
      return Promise.reject(new Error(channel));
    });
    render(
      <AntApp>
        <SettingsPage />
      </AntApp>,
    );
    const recipients = (await screen.findByLabelText(/Nơi nhận mặc định/)) as HTMLTextAreaElement;
    expect(recipients.value).toBe('- Như trên;');
    expect((screen.getByLabelText('Ngày bắt đầu nhiệm kỳ') as HTMLInputElement).value).toBe('15/10/2020');
    fireEvent.change(recipients, { target: { value: '- Như trên;\n\n- Lưu: VT.' } });
    fireEvent.click(screen.getByRole('button', { name: /Thêm người ký/ }));
    fireEvent.change(screen.getByLabelText('Chức vụ người ký 1'), { target: { value: 'PHÓ CHỦ TỊCH' } });
    // The chain, top-down: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH; a third line left blank is dropped.
    const addLine = () =>
      fireEvent.click(screen.getByRole('button', { name: 'Thêm dòng quyền hạn cho người ký 1' }));
    addLine();
    fireEvent.change(screen.getByLabelText('Ký thay mặt / thay cho 1, dòng 1'), {
      target: { value: 'ỦY BAN NHÂN DÂN' },
    });
    addLine();
    fireEvent.change(screen.getByLabelText('Ký thay mặt / thay cho 1, dòng 2'), {
      target: { value: 'CHỦ TỊCH' },
    });
    addLine();
    expect(screen.queryByRole('button', { name: 'Thêm dòng quyền hạn cho người ký 1' })).toBeNull();
    expect(screen.getByLabelText('Khối chữ ký 1 khi in').textContent).toBe(
      'In: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    );
    fireEvent.click(screen.getByRole('button', { name: /Lưu cài đặt/ }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(
        'settings.save',
        expect.objectContaining({
          place: 'Nghệ An',
          defaultRecipients: ['- Như trên;', '- Lưu: VT.'],
          defaultSigners: [
            {
              position: 'PHÓ CHỦ TỊCH',
              chain: [
                { authority: 'TM', body: 'ỦY BAN NHÂN DÂN' },
                { authority: 'KT', body: 'CHỦ TỊCH' },
              ],
            },
          ],
          partyTermStart: '2020-10-15',
        }),
      ),
    );
  });

  it('shows a load error in Vietnamese', async () => {
    invoke.mockImplementation((channel: string) =>
      channel === 'settings.get'
        ? Promise.reject(new ApiError({ code: 'E_DB_BUSY', message: 'Cơ sở dữ liệu đang bận.' }))
        : Promise.resolve([]),
    );
    render(
      <AntApp>
        <SettingsPage />
      </AntApp>,
    );
    await screen.findByText('Không tải được cài đặt.');
    expect(screen.getByText(/Cơ sở dữ liệu đang bận\./)).toBeTruthy();
  });
});

describe('document form', () => {
  const doc = {
    id: A,
    type: 'conclusion-notice' as const,
    issuerIds: [] as string[],
    summary: 'Kết luận',
    body: plainToRichText('Nội dung'),
    status: 'draft' as const,
    recipients: ['- Như trên;', '', '- Lưu: VT.'],
    signers: [{ authority: 'TL' as const, position: ' ' }],
  };

  it('warns without an issuing body and edits fields', () => {
    const onChange = vi.fn();
    render(<DocumentForm doc={doc} readOnly={false} onChange={onChange} />);
    expect(screen.getByText('Cần chọn cơ quan ban hành để lưu.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Trích yếu'), { target: { value: 'Kết luận mới' } });
    expect(onChange).toHaveBeenCalledWith({ summary: 'Kết luận mới' });
    fireEvent.change(screen.getByLabelText(/Nơi nhận/), { target: { value: 'a\nb' } });
    expect(onChange).toHaveBeenCalledWith({ recipients: ['a', 'b'] });
    expect(missingForDocument(doc)).toEqual(['cơ quan ban hành']);
  });

  it('drops blank recipients and signers without a position when saving', () => {
    const input = toDocumentInput({ ...doc, issuerIds: [A] });
    expect(input.recipients).toEqual(['- Như trên;', '- Lưu: VT.']);
    expect(input.signers).toEqual([]);
  });
});

describe('programme drafts', () => {
  it('asks for two parties and renumbers the items in their list order', () => {
    const draft = {
      ...blankProgramme(A, 2026),
      partyIds: [A, B],
      items: [{ order: 5, content: plainToRichText('X'), leadIds: [A], timing: 'Quý I/2026' }],
    };
    expect(missingForProgramme(blankProgramme(A, 2026))).toEqual(['ít nhất hai cơ quan tham gia']);
    expect(missingForProgramme(draft)).toEqual([]);
    expect(
      toProgrammeInput({ ...draft, items: [draft.items[0]!, { ...draft.items[0]!, order: 9 }] }).items.map(
        (i) => i.order,
      ),
    ).toEqual([1, 2]);
  });
});
