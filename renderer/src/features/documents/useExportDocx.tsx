// "Xuất DOCX": in Electron a save dialog with the suggested Vietnamese file name, then an offer to
// open the file; in the browser preview (no dialogs) a download.
import { App, Typography } from 'antd';
import { useCallback } from 'react';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { base64ToBytes, downloadBytes } from '../../lib/download';
import { chooseSavePath } from '../../lib/files';

/** Returns `exportDocx(id)`; it resolves once done or cancelled and throws what the calls threw. */
export function useExportDocx(): (id: string) => Promise<void> {
  const { message, modal } = App.useApp();
  return useCallback(
    async (id: string) => {
      const file = await invoke('documents.exportDocx', { id });
      const target = await chooseSavePath(file.fileName, 'docx');
      if (target === 'unavailable') {
        downloadBytes(base64ToBytes(file.dataBase64), file.fileName);
        return;
      }
      if (target === null) return;
      const saved = await invoke('documents.saveDocxTo', { id, path: target });
      modal.confirm({
        title: 'Đã lưu văn bản',
        content: <Typography.Text code>{saved.path}</Typography.Text>,
        okText: 'Mở tệp',
        cancelText: 'Đóng',
        onOk: () =>
          invoke('files.openPath', { path: saved.path }).catch((e: unknown) => {
            void message.error(describeError(e));
          }),
      });
    },
    [message, modal],
  );
}
