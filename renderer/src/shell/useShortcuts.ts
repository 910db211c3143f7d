// Global shortcuts: Ctrl+N new meeting, Ctrl+S save now, Ctrl+K search everything, Ctrl+F search
// what is in front of the user (the editor's own find inside the minutes, the list's search box on a
// list screen, everything elsewhere), Ctrl+P preview and Ctrl+E export of the open document. The
// Electron menu shows the same keys.
import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/commands';
import type { CommandRegistry } from './commands';
import { navigate } from './routes';

const byKey: Record<string, AppCommand> = { p: 'preview', e: 'export-docx' };

/** Inside the rich-text editor Ctrl+F is its own find and replace. */
const inEditor = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('.editor') !== null;

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
      } else if (key === 'k' && commands.globalSearch()) {
        event.preventDefault();
      } else if (key === 'f' && !inEditor(event.target) && (commands.search() || commands.globalSearch())) {
        event.preventDefault();
      } else if (command && commands.run(command)) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [commands]);
}
