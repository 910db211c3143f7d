// @vitest-environment jsdom
// Menu commands from the preload's onCommand run through the command registry: backup commands open
// Cài đặt → Sao lưu & khôi phục and run there once the screen registers them; Ctrl+P/Ctrl+E reach the
// open document; without a document the menu says so.
import { act, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { useCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../shared/commands';
import './setup';

vi.mock('../../renderer/src/api', () => ({
  invoke: vi.fn(() => new Promise(() => undefined)),
  ApiError: Error,
}));

const { CommandProvider, useCommand, useCommands } = await import('../../renderer/src/shell/commands');
const { useMenuCommands } = await import('../../renderer/src/shell/useMenuCommands');
const { useShortcuts } = await import('../../renderer/src/shell/useShortcuts');

let send: (name: AppCommand) => void = () => undefined;
const stop = vi.fn();

function Shell({ children }: { children?: React.ReactNode }) {
  const commands = useCommands();
  useShortcuts(commands);
  useMenuCommands(commands);
  return <>{children}</>;
}
function Screen({ name, run }: { name: AppCommand; run: () => void }) {
  useCommand(
    name,
    useCallback(() => run(), [run]),
  );
  return null;
}
const renderShell = (children?: React.ReactNode) =>
  render(
    <AntApp>
      <CommandProvider>
        <Shell>{children}</Shell>
      </CommandProvider>
    </AntApp>,
  );

beforeEach(() => {
  window.location.hash = '#/';
  window.sohop = {
    invoke: vi.fn(),
    onCommand: (listener) => {
      send = listener;
      return stop;
    },
  };
});
afterEach(() => {
  delete window.sohop;
  stop.mockReset();
});

describe('menu commands', () => {
  it('opens the backup screen for "Sao lưu ngay" and runs it when the screen registers', () => {
    const run = vi.fn();
    const view = renderShell();
    act(() => send('backup.now'));
    expect(window.location.hash).toBe('#/settings/backup');
    expect(run).not.toHaveBeenCalled();
    view.rerender(
      <AntApp>
        <CommandProvider>
          <Shell>
            <Screen name="backup.now" run={run} />
          </Shell>
        </CommandProvider>
      </AntApp>,
    );
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs Xuất DOCX and Xem trước on the open document, from the menu and from Ctrl+E / Ctrl+P', () => {
    const exportDocx = vi.fn();
    const preview = vi.fn();
    renderShell(
      <>
        <Screen name="export-docx" run={exportDocx} />
        <Screen name="preview" run={preview} />
      </>,
    );
    act(() => send('export-docx'));
    const ctrlE = new KeyboardEvent('keydown', { key: 'e', ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(ctrlE));
    const ctrlP = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(ctrlP));
    expect(exportDocx).toHaveBeenCalledTimes(2);
    expect(preview).toHaveBeenCalledTimes(1);
    expect(ctrlE.defaultPrevented && ctrlP.defaultPrevented).toBe(true);
  });

  it('says to open a document first when none is open, and leaves Ctrl+P to the browser', async () => {
    renderShell();
    act(() => send('preview'));
    await screen.findByText('Hãy mở một văn bản trước.');
    const ctrlP = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, cancelable: true });
    window.dispatchEvent(ctrlP);
    expect(ctrlP.defaultPrevented).toBe(false);
  });

  it('stops listening when the shell unmounts', () => {
    renderShell().unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
