import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SoHopBridge } from '../../../shared/ipc';
import { contextBridge, ipcRenderer, resetStandIn } from '../../helpers/electron-stand-in';
import '../../../main/preload';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

// The preload exposes its bridge once, when loaded, as it does in each new page.
const exposed = new Map(contextBridge.exposed);
const bridge = exposed.get('sohop') as SoHopBridge;

beforeEach(resetStandIn);

describe('preload', () => {
  it('exposes only window.sohop, with invoke and onCommand as its only members', () => {
    expect([...exposed.keys()]).toStrictEqual(['sohop']);
    expect(Object.keys(bridge)).toStrictEqual(['invoke', 'onCommand']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onCommand).toBe('function');
  });

  it('sends a contract call to its sohop: channel with the input unchanged', async () => {
    ipcRenderer.invoke.mockImplementationOnce(() => Promise.resolve({ ok: true, value: [] }));
    const input = { family: 'party' as const };
    await expect(bridge.invoke('organizations.list', input)).resolves.toStrictEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('sohop:organizations.list', input);
  });

  it('refuses an unknown channel with E_USAGE without touching IPC', async () => {
    const invoke = bridge.invoke as (channel: string, input: unknown) => Promise<unknown>;
    for (const channel of ['fs.readFile', '__proto__', 'toString', 'sohop:app.info'])
      await expect(invoke(channel, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'E_USAGE', message: expect.stringContaining('Không có lệnh') },
      });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed IPC call into an error result instead of a rejection', async () => {
    ipcRenderer.invoke.mockImplementationOnce(() =>
      Promise.reject(new Error('An object could not be cloned.')),
    );
    await expect(bridge.invoke('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_INTERNAL' },
    });
  });
});

describe('preload onCommand', () => {
  it('passes known menu commands to the listener, without the IPC event', () => {
    const listener = vi.fn();
    bridge.onCommand(listener);
    ipcRenderer.sendFromMain('sohop:command', 'backup.now');
    ipcRenderer.sendFromMain('sohop:command', 'export-docx', { extra: true });
    expect(listener.mock.calls).toEqual([['backup.now'], ['export-docx']]);
  });

  it('drops names outside the fixed list and messages on other channels', () => {
    const listener = vi.fn();
    bridge.onCommand(listener);
    for (const name of ['shell.openExternal', '__proto__', 42, null, { name: 'save' }])
      ipcRenderer.sendFromMain('sohop:command', name);
    ipcRenderer.sendFromMain('sohop:other', 'save');
    ipcRenderer.sendFromMain('sohop:app.info', 'save');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops listening when the returned function is called', () => {
    const listener = vi.fn();
    const stop = bridge.onCommand(listener);
    expect(ipcRenderer.listenerCount('sohop:command')).toBe(1);
    stop();
    ipcRenderer.sendFromMain('sohop:command', 'save');
    expect(listener).not.toHaveBeenCalled();
    expect(ipcRenderer.listenerCount('sohop:command')).toBe(0);
  });
});

describe('channel list used by the preload', () => {
  it('names exactly the calls of the contract', async () => {
    const { channelNames } = await import('../../../shared/ipc-channels');
    const { ipcContract } = await import('../../../shared/ipc');
    expect([...channelNames].sort()).toEqual(Object.keys(ipcContract).sort());
  });
});
