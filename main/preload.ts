// The only door between the page and the main process: `window.sohop.invoke(channel, input)` for the
// calls of the contract, and `window.sohop.onCommand(listener)` for the menu's commands (names from
// shared/commands.ts only), nothing else. Bundled as CJS because a sandboxed preload cannot load ESM.
import { contextBridge, ipcRenderer } from 'electron';
import { COMMAND_CHANNEL, isAppCommand, type AppCommand } from '../shared/commands';
import type { Channel, InputOf, OutputOf, SoHopBridge } from '../shared/ipc';
import { ipcChannelName, isChannelName } from '../shared/ipc-channels';
import { fail, type Result } from '../shared/result';

type Send = (channelName: string, input: unknown) => Promise<unknown>;
type MainListener = (event: unknown, ...args: unknown[]) => void;
/** Where menu commands arrive from the main process (ipcRenderer's `on`/`removeListener`). */
export interface CommandSource {
  on(channel: string, listener: MainListener): unknown;
  removeListener(channel: string, listener: MainListener): unknown;
}

export function createBridge(send: Send, commands: CommandSource): SoHopBridge {
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
    onCommand(listener: (command: AppCommand) => void): () => void {
      // The page never sees the IPC event, only a known command name.
      const relay: MainListener = (_event, name) => {
        if (isAppCommand(name)) listener(name);
      };
      commands.on(COMMAND_CHANNEL, relay);
      return () => void commands.removeListener(COMMAND_CHANNEL, relay);
    },
  };
}

contextBridge.exposeInMainWorld(
  'sohop',
  createBridge((channelName, input) => ipcRenderer.invoke(channelName, input), ipcRenderer),
);
