// Global shortcuts: Ctrl+N new meeting, Ctrl+S save now, Ctrl+F search in the current list,
// Ctrl+P preview and Ctrl+E export of the open document. The Electron menu shows the same keys.
import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/commands';
import type { CommandRegistry } from './commands';
import { navigate } from './routes';

const byKey: Record<string, AppCommand> = { p: 'preview', e: 'export-docx' };

export function useShortcuts(commands: CommandRegistry): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) return;
      const key = event.key.toLowerCase();
      const command = byKey[key];
      if (key === 'n') {
        event.preventDefault();
        navigate('#/meetings/new');
      } else if (key === 's') {
        event.preventDefault();
        commands.save();
      } else if (key === 'f' && commands.search()) {
        event.preventDefault();
      } else if (command && commands.run(command)) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [commands]);
}
