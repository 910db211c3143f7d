// Native file dialogs and opening a file with the system. They need Electron, so the edge
// (main/dialogs.ts) passes them in as a host; without one (the browser preview) they refuse.
import { AppError } from '../../../shared/errors';
import type { ChooseOpenPath, ChooseSavePath, FileKind, OpenKind } from '../../../shared/files';
import type { FeatureHandlers } from './define';

export interface DesktopHost {
  /** Null when the user cancelled. */
  chooseSavePath(request: ChooseSavePath): Promise<string | null>;
  chooseOpenPath(request: ChooseOpenPath): Promise<string | null>;
  /** Opens the file with its usual program; rejects with a coded error when the system cannot. */
  openPath(file: string): Promise<void>;
}

function needsDesktop(): never {
  throw new AppError(
    'E_USAGE',
    'Hộp thoại chọn tệp chỉ có trong ứng dụng Sổ Họp trên máy tính; trong bản xem trước, hãy gõ đường dẫn tệp.',
  );
}

/** Only Word documents and Excel workbooks are ever opened: never a program or a script the page could name. */
const openable = /\.(docx|xlsx)$/i;

/**
 * What the page may write, read and open in the desktop app: a file only where the user chose in a save
 * dialog of its kind (a DOCX, a backup), a backup or exchange file or a folder only as picked in an open
 * dialog, and a DOCX opened only once the app wrote it. A page that went wrong cannot overwrite, read or
 * launch a file of its own choosing (a UNC path included).
 */
export interface FileGrants {
  chosen(path: string, kind: FileKind): void;
  assertChosen(path: string, kind: FileKind): void;
  opened(path: string, kind: OpenKind): void;
  assertOpened(path: string, kinds: readonly OpenKind[]): void;
  written(path: string): void;
  assertWritten(path: string): void;
}

const chooseFirst: Record<FileKind, string> = {
  docx: 'Hãy chọn nơi lưu văn bản bằng hộp thoại "Lưu văn bản".',
  sohop: 'Hãy chọn nơi lưu bản sao lưu bằng nút "Chọn…" (hộp thoại "Lưu bản sao lưu").',
  json: 'Hãy chọn nơi lưu tệp bằng hộp thoại "Lưu tệp trao đổi".',
  xlsx: 'Hãy chọn nơi lưu bảng tính bằng hộp thoại "Lưu bảng tính".',
};

export function createFileGrants(): FileGrants {
  const chosen = new Set<string>();
  const opened = new Set<string>();
  const written = new Set<string>();
  const key = (p: string, kind: string) => `${kind}\0${p.normalize('NFC')}`;
  return {
    chosen: (p, kind) => void chosen.add(key(p, kind)),
    assertChosen(p, kind) {
      if (!chosen.has(key(p, kind))) throw new AppError('E_USAGE', chooseFirst[kind]);
    },
    opened: (p, kind) => void opened.add(key(p, kind)),
    assertOpened(p, kinds) {
      if (!kinds.some((kind) => opened.has(key(p, kind))))
        throw new AppError(
          'E_USAGE',
          kinds.includes('folder')
            ? 'Hãy chọn thư mục bằng nút "Chọn…".'
            : 'Hãy chọn tệp bằng nút "Chọn…" (hộp thoại chọn tệp).',
        );
    },
    written: (p) => void written.add(key(p, 'written')),
    assertWritten(p) {
      if (!written.has(key(p, 'written')))
        throw new AppError('E_USAGE', 'Chỉ mở được văn bản Sổ Họp vừa lưu trong lần làm việc này.');
    },
  };
}

/** The desktop app's file calls: the native dialogs and opener, with what they granted the page. */
export interface DesktopFiles {
  host: DesktopHost;
  grants: FileGrants;
}

export function fileHandlers(desktop?: DesktopFiles): FeatureHandlers<'files'> {
  return {
    'files.chooseSavePath': async (request) => {
      if (!desktop) needsDesktop();
      const chosen = await desktop.host.chooseSavePath(request);
      if (chosen) desktop.grants.chosen(chosen, request.kind);
      return chosen;
    },
    'files.chooseOpenPath': async (request) => {
      if (!desktop) needsDesktop();
      const chosen = await desktop.host.chooseOpenPath(request);
      if (chosen) desktop.grants.opened(chosen, request.kind);
      return chosen;
    },
    'files.openPath': async ({ path }) => {
      if (!desktop) needsDesktop();
      if (!openable.test(path))
        throw new AppError('E_USAGE', 'Chỉ mở được tệp văn bản Word (.docx) hoặc bảng tính Excel (.xlsx).');
      desktop.grants.assertWritten(path);
      await desktop.host.openPath(path);
      return null;
    },
  };
}
