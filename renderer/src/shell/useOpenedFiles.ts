// Files opened from outside the page: the one the app was started with (a double-clicked .sohop,
// taken once the page is up), one double-clicked while it runs (command 'file.opened') and one picked
// with Tệp → Mở… (command 'file.open'). Each goes to the backup screen, which shows what it holds.
import { App } from 'antd';
import { useCallback, useEffect } from 'react';
import { invoke } from '../api';
import { offerOpenedFile } from '../features/backup/openedFile';
import { describeError } from '../lib/errors';
import { navigate } from './routes';

export interface OpenedFileActions {
  takeOpened(): void;
  openFromDialog(): void;
}

export function useOpenedFiles(): OpenedFileActions {
  const { message } = App.useApp();
  const show = useCallback((file: string | null) => {
    if (!file) return;
    offerOpenedFile(file);
    navigate('#/settings/backup');
  }, []);
  const takeOpened = useCallback(
    () => void invoke('opened.take', {}).then(show, (e: unknown) => void message.error(describeError(e))),
    [show, message],
  );
  const openFromDialog = useCallback(
    () =>
      void invoke('files.chooseOpenPath', { kind: 'json' }).then(show, (e: unknown) =>
        message.error(describeError(e)),
      ),
    [show, message],
  );
  useEffect(() => {
    if (window.sohop) takeOpened();
  }, [takeOpened]);
  return { takeOpened, openFromDialog };
}
