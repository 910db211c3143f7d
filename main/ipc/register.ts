// Registers one ipcMain handler per call of the contract. Each checks who is calling before
// anything else, then leaves validation and error mapping to `dispatch`.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, ipcChannelName, type Handlers } from '../../shared/ipc';
import { fail, type Result } from '../../shared/result';
import type { OperationRecord } from '../log/operation-log';
import { isTrustedSender } from '../security';
import { dispatch } from './dispatch';

const refused: Result<never> = fail({
  code: 'E_IPC_SENDER',
  message: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của Sổ Họp.',
});

/**
 * Returns a function that removes every handler it registered. `log` receives each call's name,
 * duration and error code (the log file), never its input or answer.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean = isTrustedSender,
  log?: (record: OperationRecord) => void,
): () => void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(channel), async (event, input: unknown) => {
      const started = performance.now();
      const result = isTrusted(event) ? await dispatch(handlers, channel, input) : refused;
      log?.({
        op: channel,
        ms: performance.now() - started,
        code: result.ok ? undefined : result.error.code,
      });
      return result;
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(ipcChannelName(channel));
  };
}
