// Registers one ipcMain handler per call of the contract. Each checks who is calling before
// anything else, then leaves validation and error mapping to `dispatch`.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, ipcChannelName, type Handlers } from '../../shared/ipc';
import { fail, type Result } from '../../shared/result';
import { isTrustedSender } from '../security';
import { dispatch } from './dispatch';

const refused: Result<never> = fail({
  code: 'E_IPC_SENDER',
  message: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của Sổ Họp.',
});

/** Returns a function that removes every handler it registered. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean = isTrustedSender,
): () => void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(channel), (event, input: unknown) =>
      isTrusted(event) ? dispatch(handlers, channel, input) : refused,
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(ipcChannelName(channel));
  };
}
