// The only door from the page to the main process: `window.sohop.invoke(channel, input)` for the
// calls of the contract, nothing else. Bundled as CJS because a sandboxed preload cannot load ESM.
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, InputOf, OutputOf, SoHopBridge } from '../shared/ipc';
import { ipcChannelName, isChannelName } from '../shared/ipc-channels';
import { fail, type Result } from '../shared/result';

type Send = (channelName: string, input: unknown) => Promise<unknown>;

export function createBridge(send: Send): SoHopBridge {
  return {
    invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
      // Checked here too, so a typo in the page never reaches Electron's IPC.
      if (!isChannelName(channel))
        return Promise.resolve(
          fail({ code: 'E_USAGE', message: `Không có lệnh "${String(channel).slice(0, 80)}".` }),
        );
      // `invoke` never rejects: even a failure of IPC itself comes back as a Result.
      return (send(ipcChannelName(channel), input) as Promise<Result<OutputOf<C>>>).catch(() =>
        fail({ code: 'E_INTERNAL', message: 'Không gửi được yêu cầu tới phần xử lý của Sổ Họp.' }),
      );
    },
  };
}

contextBridge.exposeInMainWorld(
  'sohop',
  createBridge((channelName, input) => ipcRenderer.invoke(channelName, input)),
);
