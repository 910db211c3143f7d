// App-wide commands the shell's shortcuts and the Electron menu reach: "save now" (Ctrl+S) and
// "search in this list" (Ctrl+F) belong to whichever screen is open, which registers them here; so do
// the menu's named commands (shared/commands.ts), through `useCommand`.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { AppCommand } from '../../../shared/commands';

interface Focusable {
  focus(): void;
}

export interface CommandRegistry {
  setSave(run: (() => void) | null): void;
  save(): void;
  setSearch(target: Focusable | null): void;
  /** Focuses the open screen's search box; false when it has none. */
  search(): boolean;
  setGlobalSearch(target: Focusable | null): void;
  /** Focuses the search over all the data (the box in the top bar); false when there is none. */
  globalSearch(): boolean;
  setHandler(name: AppCommand, run: (() => void) | null): void;
  /**
   * Runs the open screen's handler for `name`; false when none is registered. With `keep`, a command
   * without a handler waits, and the next screen that registers one runs it at once.
   */
  run(name: AppCommand, options?: { keep?: boolean }): boolean;
}

const CommandContext = createContext<CommandRegistry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const save = useRef<(() => void) | null>(null);
  const search = useRef<Focusable | null>(null);
  const globalSearch = useRef<Focusable | null>(null);
  const handlers = useRef(new Map<AppCommand, () => void>());
  const waiting = useRef<AppCommand | null>(null);
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
      setGlobalSearch: (target) => {
        globalSearch.current = target;
      },
      globalSearch: () => {
        if (!globalSearch.current) return false;
        globalSearch.current.focus();
        return true;
      },
      setHandler: (name, run) => {
        if (!run) {
          handlers.current.delete(name);
          return;
        }
        handlers.current.set(name, run);
        if (waiting.current === name) {
          waiting.current = null;
          run();
        }
      },
      run: (name, options) => {
        const handler = handlers.current.get(name);
        waiting.current = handler || !options?.keep ? null : name;
        handler?.();
        return Boolean(handler);
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

/** While the calling screen is mounted, the command `name` (menu or shortcut) calls `run`. */
export function useCommand(name: AppCommand, run: () => void): void {
  const registry = useContext(CommandContext);
  useEffect(() => {
    registry?.setHandler(name, run);
    return () => registry?.setHandler(name, null);
  }, [registry, name, run]);
}

/** Ctrl+F focuses the element this ref points to while the calling screen is mounted. */
export function useSearchTarget(target: RefObject<Focusable | null>): void {
  const registry = useContext(CommandContext);
  useEffect(() => {
    registry?.setSearch({ focus: () => target.current?.focus() });
    return () => registry?.setSearch(null);
  }, [registry, target]);
}

/** Ctrl+K (and Ctrl+F where nothing nearer is searched) focuses this element while it is mounted. */
export function useGlobalSearchTarget(target: RefObject<Focusable | null>): void {
  const registry = useContext(CommandContext);
  useEffect(() => {
    registry?.setGlobalSearch({ focus: () => target.current?.focus() });
    return () => registry?.setGlobalSearch(null);
  }, [registry, target]);
}

/** The window title shows the open item: "‹item› — Sổ Họp". */
export function useWindowTitle(item: string | null | undefined): void {
  useEffect(() => {
    document.title = item ? `${item} — Sổ Họp` : 'Sổ Họp';
  }, [item]);
}
