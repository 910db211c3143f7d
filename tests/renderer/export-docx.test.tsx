// @vitest-environment jsdom
// "Xuất DOCX": a save dialog then "Mở tệp" in Electron; a download in the preview (dialogs answer E_USAGE).
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, invoke } from './fakeApi';
import './setup';

const downloadBytes = vi.fn();
vi.mock('../../renderer/src/api', () => import('./fakeApi'));
vi.mock('../../renderer/src/lib/download', () => ({
  base64ToBytes: () => new Uint8Array([80, 75]),
  downloadBytes: (...args: unknown[]) => downloadBytes(...args),
}));

const { DocumentActions } = await import('../../renderer/src/features/documents/DocumentActions');

const ID = '11111111-1111-4111-8111-111111111111';
const NAME = 'TB 05-TB-VPUB 08-01-2024.docx';
const doc = {
  id: ID,
  type: 'conclusion-notice',
  status: 'issued',
  summary: 'Kết luận',
  number: 5,
  symbol: 'TB-VPUB',
} as never;

function answer(dialogs: 'desktop' | 'preview', chosen: string | null = null) {
  invoke.mockImplementation((channel: string, input: { path?: string }) => {
    if (channel === 'documents.exportDocx') return Promise.resolve({ fileName: NAME, dataBase64: 'UEs=' });
    if (channel.startsWith('files.') && dialogs === 'preview')
      return Promise.reject(new ApiError({ code: 'E_USAGE', message: 'Hộp thoại chọn tệp chỉ có…' }));
    if (channel === 'files.chooseSavePath') return Promise.resolve(chosen);
    if (channel === 'documents.saveDocxTo') return Promise.resolve({ path: input.path, bytes: 2 });
    if (channel === 'files.openPath') return Promise.resolve(null);
    return Promise.reject(new Error(`unexpected ${channel}`));
  });
}

const renderActions = (onError = vi.fn()) => {
  render(
    <AntApp>
      <DocumentActions doc={doc} onChanged={vi.fn()} onError={onError} />
    </AntApp>,
  );
  return onError;
};
const channelsCalled = () => invoke.mock.calls.map(([channel]) => channel as string);

beforeEach(() => {
  invoke.mockReset();
  downloadBytes.mockReset();
});

describe('Xuất DOCX', () => {
  it('in Electron: suggests the Vietnamese name, writes to the chosen path, then offers to open it', async () => {
    answer('desktop', 'C:\\Văn bản\\TB.docx');
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất DOCX' }));
    await screen.findByRole('button', { name: 'Mở tệp' });
    expect(invoke).toHaveBeenCalledWith('files.chooseSavePath', { suggestedName: NAME, kind: 'docx' });
    expect(invoke).toHaveBeenCalledWith('documents.saveDocxTo', { id: ID, path: 'C:\\Văn bản\\TB.docx' });
    fireEvent.click(screen.getByRole('button', { name: 'Mở tệp' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('files.openPath', { path: 'C:\\Văn bản\\TB.docx' }),
    );
    expect(downloadBytes).not.toHaveBeenCalled();
  });

  it('in Electron: a cancelled dialog writes nothing and shows no error', async () => {
    answer('desktop', null);
    const onError = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất DOCX' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(null));
    expect(channelsCalled()).toEqual(['documents.exportDocx', 'files.chooseSavePath']);
  });

  it('in the preview: falls back to a download with the suggested name', async () => {
    answer('preview');
    const onError = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất DOCX' }));
    await waitFor(() => expect(downloadBytes).toHaveBeenCalledWith(expect.any(Uint8Array), NAME));
    expect(onError).toHaveBeenLastCalledWith(null);
    expect(channelsCalled()).not.toContain('documents.saveDocxTo');
  });

  it('shows a locked file as a readable message', async () => {
    answer('desktop', 'C:\\TB.docx');
    invoke.mockImplementation((channel: string) => {
      if (channel === 'documents.exportDocx') return Promise.resolve({ fileName: NAME, dataBase64: 'UEs=' });
      if (channel === 'files.chooseSavePath') return Promise.resolve('C:\\TB.docx');
      return Promise.reject(new ApiError({ code: 'E_FILE_LOCKED', message: 'Tệp đang mở trong Word.' }));
    });
    const onError = renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất DOCX' }));
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith('Tệp đang mở trong Word.\nChi tiết: E_FILE_LOCKED'),
    );
  });
});
