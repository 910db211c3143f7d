// App-wide commands the shell's shortcuts reach: "save now" (Ctrl+S) and "search in this list"
// (Ctrl+F) belong to whichever screen is open, which registers them here.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';

interface Focusable {
  focus(): void;
}

export interface CommandRegistry {
  setSave(run: (() => void) | null): void;
  save(): void;
  setSearch(target: Focusable | null): void;
  /** Focuses the open screen's search box; false when it has none. */
  search(): boolean;
}

const CommandContext = createContext<CommandRegistry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const save = useRef<(() => void) | null>(null);
  const search = useRef<Focusable | null>(null);
  const value = useMemo<CommandRegistry>(
    () => ({
      setSave: (run) => {
        save.current = run;
      },
      save: () => save.current?.(),
      setSearch: (target) => {
        search.current = target;
      },
      search: () => {
        if (!search.current) return false;
        search.current.focus();
        return true;
      },
    }),
    [],
  );
  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>;
}

export function useCommands(): CommandRegistry {
  const registry = useContext(CommandContext);
  if (!registry) throw new Error('useCommands outside CommandProvider');
  return registry;
}

/** Ctrl+S calls `save` while the calling screen is mounted. */
export function useSaveCommand(save: () => void): void {
  const registry = useContext(CommandContext);
  useEffect(() => {
    registry?.setSave(save);
    return () => registry?.setSave(null);
  }, [registry, save]);
}

/** Ctrl+F focuses the element this ref points to while the calling screen is mounted. */
export function useSearchTarget(target: RefObject<Focusable | null>): void {
  const registry = useContext(CommandContext);
  useEffect(() => {
    registry?.setSearch({ focus: () => target.current?.focus() });
    return () => registry?.setSearch(null);
  }, [registry, target]);
}

/** The window title shows the open item: "‹item› — Sổ Họp". */
export function useWindowTitle(item: string | null | undefined): void {
  useEffect(() => {
    document.title = item ? `${item} — Sổ Họp` : 'Sổ Họp';
  }, [item]);
}
