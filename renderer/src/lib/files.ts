// Native file dialogs (Electron only). In the browser preview the calls answer E_USAGE; these
// helpers turn that into `unavailable`, so each screen can fall back (a download, a typed path).
import type { FileKind, OpenKind } from '../../../shared/files';
import { ApiError, invoke } from '../api';

/** The chosen path, null when the user cancelled, or `unavailable` outside Electron. */
export type Chosen = string | null | 'unavailable';

async function orUnavailable(run: () => Promise<string | null>): Promise<Chosen> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'E_USAGE') return 'unavailable';
    throw error;
  }
}

export const chooseSavePath = (suggestedName: string, kind: FileKind): Promise<Chosen> =>
  orUnavailable(() => invoke('files.chooseSavePath', { suggestedName, kind }));

export const chooseOpenPath = (kind: OpenKind): Promise<Chosen> =>
  orUnavailable(() => invoke('files.chooseOpenPath', { kind }));

/** Whether native dialogs exist: only the Electron preload puts `window.sohop` on the page. */
export const hasNativeDialogs = (): boolean => Boolean(window.sohop);
