// Native dialogs and the system's file opener for the IPC handlers (the `files.*` calls). Electron
// edge, kept thin: the handlers in main/ipc/handlers/files.ts see only the DesktopHost interface.
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type FileFilter } from 'electron';
import { AppError } from '../shared/errors';
import type { FileKind, OpenKind } from '../shared/files';
import type { DesktopHost } from './ipc/handlers/files';

const anyFile: FileFilter = { name: 'Tất cả các tệp', extensions: ['*'] };

const filters: Record<FileKind, FileFilter[]> = {
  docx: [{ name: 'Văn bản Word', extensions: ['docx'] }, anyFile],
  sohop: [{ name: 'Bản sao lưu Sổ Họp', extensions: ['sohop'] }, anyFile],
  xlsx: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }, anyFile],
  json: [
    { name: 'Tệp trao đổi dữ liệu', extensions: ['json'] },
    { name: 'Bản sao lưu Sổ Họp', extensions: ['sohop'] },
    anyFile,
  ],
};

const saveTitles: Record<FileKind, string> = {
  docx: 'Lưu văn bản',
  sohop: 'Lưu bản sao lưu',
  json: 'Lưu tệp trao đổi',
  xlsx: 'Lưu bảng tính',
};
const openTitles: Record<OpenKind, string> = {
  docx: 'Chọn văn bản Word',
  sohop: 'Chọn bản sao lưu',
  json: 'Chọn tệp dữ liệu để gộp',
  xlsx: 'Chọn bảng tính Excel',
  folder: 'Chọn thư mục',
};

/** The dialogs are modal to the window `owner()` returns (none before it opens). */
export function createDesktopHost(owner: () => BrowserWindow | null): DesktopHost {
  return {
    async chooseSavePath({ suggestedName, kind }) {
      const options = {
        title: saveTitles[kind],
        defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
        filters: filters[kind],
        properties: ['showOverwriteConfirmation' as const],
      };
      const window = owner();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ kind }) {
      const options = {
        title: openTitles[kind],
        properties: [kind === 'folder' ? ('openDirectory' as const) : ('openFile' as const)],
        filters: kind === 'folder' ? [] : filters[kind],
      };
      const window = owner();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(file) {
      // shell.openPath answers an error message, or '' when the file was opened.
      const problem = await shell.openPath(file);
      if (problem) throw new AppError('E_FILE_NOT_FOUND', `Không mở được tệp ${file}: ${problem}`);
    },
  };
}
