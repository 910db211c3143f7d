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

/** Only documents the app wrote are opened: never a program or a script the page could name. */
const openable = /\.docx$/i;

export function fileHandlers(host?: DesktopHost): FeatureHandlers<'files'> {
  return {
    'files.chooseSavePath': (request) => (host ? host.chooseSavePath(request) : needsDesktop()),
    'files.chooseOpenPath': (request) => (host ? host.chooseOpenPath(request) : needsDesktop()),
    'files.openPath': async ({ path }) => {
      if (!host) needsDesktop();
      if (!openable.test(path)) throw new AppError('E_USAGE', 'Chỉ mở được tệp văn bản Word (.docx).');
      await host.openPath(path);
      return null;
    },
  };
}
