// Global shortcuts: Ctrl+N new meeting, Ctrl+S save now, Ctrl+F search in the current list.
import { useEffect } from 'react';
import type { CommandRegistry } from './commands';
import { navigate } from './routes';

export function useShortcuts(commands: CommandRegistry): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) return;
      const key = event.key.toLowerCase();
      if (key === 'n') {
        event.preventDefault();
        navigate('#/meetings/new');
      } else if (key === 's') {
        event.preventDefault();
        commands.save();
      } else if (key === 'f' && commands.search()) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [commands]);
}
