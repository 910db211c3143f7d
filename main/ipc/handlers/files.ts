// Native file dialogs and opening a file with the system. They need Electron, so the edge
// (main/dialogs.ts) passes them in as a host; without one (the browser preview) they refuse.
import { AppError } from '../../../shared/errors';
import type { ChooseOpenPath, ChooseSavePath } from '../../../shared/files';
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
 * What the page may write and open in the desktop app: a DOCX only where the user chose in the save
 * dialog, and opened only once the app wrote it there. A page that went wrong cannot overwrite or
 * launch a file of its own choosing.
 */
export interface FileGrants {
  chosen(path: string): void;
  assertChosen(path: string): void;
  written(path: string): void;
  assertWritten(path: string): void;
}

export function createFileGrants(): FileGrants {
  const chosen = new Set<string>();
  const written = new Set<string>();
  const key = (p: string) => p.normalize('NFC');
  return {
    chosen: (p) => void chosen.add(key(p)),
    assertChosen(p) {
      if (!chosen.has(key(p)))
        throw new AppError('E_USAGE', 'Hãy chọn nơi lưu văn bản bằng hộp thoại "Lưu văn bản".');
    },
    written: (p) => void written.add(key(p)),
    assertWritten(p) {
      if (!written.has(key(p)))
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
      if (chosen && (request.kind === 'docx' || request.kind === 'xlsx')) desktop.grants.chosen(chosen);
      return chosen;
    },
    'files.chooseOpenPath': (request) => (desktop ? desktop.host.chooseOpenPath(request) : needsDesktop()),
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
