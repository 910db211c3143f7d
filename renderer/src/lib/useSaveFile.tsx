// Saving a file the services made (a DOCX, a report): in Electron a save dialog with the suggested name,
// the main process writing it there, then an offer to open it; in the browser preview (no dialogs) a
// download. One flow for documents, reports and the weekly schedule.
import { App, Typography } from 'antd';
import { useCallback } from 'react';
import type { FileKind } from '../../../shared/files';
import { invoke } from '../api';
import { base64ToBytes, downloadBytes } from './download';
import { describeError } from './errors';
import { chooseSavePath } from './files';

type SavedKind = Extract<FileKind, 'docx' | 'xlsx'>;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SaveRequest {
  file: { fileName: string; dataBase64: string };
  kind: SavedKind;
  /** Writes the file at the chosen path (the server builds it again there); returns where it went. */
  writeTo: (path: string) => Promise<{ path: string }>;
  /** The title of the "saved" confirmation: `Đã lưu văn bản`. */
  savedTitle: string;
}

/** How it ended: downloaded (preview), saved (Electron) or cancelled in the dialog. */
export type SaveOutcome = 'downloaded' | 'saved' | 'cancelled';

export function useSaveFile(): (request: SaveRequest) => Promise<SaveOutcome> {
  const { message, modal } = App.useApp();
  return useCallback(
    async ({ file, kind, writeTo, savedTitle }: SaveRequest) => {
      const target = await chooseSavePath(file.fileName, kind);
      if (target === 'unavailable') {
        const bytes = base64ToBytes(file.dataBase64);
        // downloadBytes types a file as DOCX unless told otherwise.
        if (kind === 'xlsx') downloadBytes(bytes, file.fileName, XLSX_MIME);
        else downloadBytes(bytes, file.fileName);
        return 'downloaded';
      }
      if (target === null) return 'cancelled';
      const saved = await writeTo(target);
      modal.confirm({
        title: savedTitle,
        content: <Typography.Text code>{saved.path}</Typography.Text>,
        okText: 'Mở tệp',
        cancelText: 'Đóng',
        onOk: () =>
          invoke('files.openPath', { path: saved.path }).catch((e: unknown) => {
            void message.error(describeError(e));
          }),
      });
      return 'saved';
    },
    [message, modal],
  );
}
