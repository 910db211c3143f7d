// "Xuất DOCX": in Electron a save dialog with the suggested Vietnamese file name, then an offer to
// open the file; in the browser preview (no dialogs) a download.
import { useCallback } from 'react';
import { invoke } from '../../api';
import { useSaveFile } from '../../lib/useSaveFile';

/** Returns `exportDocx(id)`; it resolves once done or cancelled and throws what the calls threw. */
export function useExportDocx(): (id: string) => Promise<void> {
  const save = useSaveFile();
  return useCallback(
    async (id: string) => {
      const file = await invoke('documents.exportDocx', { id });
      await save({
        file,
        kind: 'docx',
        writeTo: (path) => invoke('documents.saveDocxTo', { id, path }),
        savedTitle: 'Đã lưu văn bản',
      });
    },
    [save],
  );
}
