// A record edited on its own screen (a meeting, a programme, a document): loaded, changed field by
// field, and saved by autosave. `draftRef` holds the newest edit at once, for autosave and for callbacks
// that run between renders; `draft` is what to render.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ErrorInfo } from '../../../shared/errors';
import { toErrorInfo } from './errors';
import { useAutosave, type Autosave } from './useAutosave';

export interface AutosavedDraft<T> {
  /** Null while loading (and after a failed load). */
  draft: T | null;
  /** Why the record could not be loaded. */
  loadError: ErrorInfo | null;
  draftRef: RefObject<T | null>;
  /** Applies an edit and schedules a save. */
  change: (patch: Partial<T>) => void;
  /** Puts a whole record in place, without scheduling a save. */
  replace: (next: T) => void;
  /** Loads the record again. */
  reload: () => void;
  autosave: Autosave;
}

export function useAutosavedDraft<T extends object>(options: {
  /** Must be stable (useCallback): a new function loads again. */
  load: () => Promise<T>;
  validate: (value: T) => string[];
  /** What it resolves to (a new `updatedAt`) goes into the latest draft, without a new render. */
  save: (value: T) => Promise<Partial<T> | void>;
  /** What to save: the draft plus what lives outside it (an editor's content). */
  collect?: (draft: T) => T;
  /** Whether edits are accepted (an issued document is frozen); a function that never changes. */
  editable?: (draft: T) => boolean;
  /** Save as soon as it is loaded (a copy becomes a record of its own). */
  saveOnLoad?: boolean;
}): AutosavedDraft<T> {
  const { load, collect, editable, saveOnLoad = false } = options;
  const [draft, setDraft] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<ErrorInfo | null>(null);
  const [round, setRound] = useState(0);
  const draftRef = useRef<T | null>(null);

  const autosave = useAutosave<T>({
    collect: () => {
      const current = draftRef.current as T;
      return collect ? collect(current) : current;
    },
    validate: options.validate,
    save: async (value) => {
      const saved = await options.save(value);
      if (saved && draftRef.current) draftRef.current = { ...draftRef.current, ...saved };
    },
  });
  const { touch } = autosave;

  const replace = useCallback((next: T) => {
    draftRef.current = next;
    setDraft(next);
  }, []);

  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        replace(value);
        setLoadError(null);
        if (saveOnLoad) touch();
      },
      (error: unknown) => live && setLoadError(toErrorInfo(error)),
    );
    return () => {
      live = false;
    };
  }, [load, round, replace, saveOnLoad, touch]);

  const change = useCallback(
    (patch: Partial<T>) => {
      const current = draftRef.current;
      if (!current || editable?.(current) === false) return;
      replace({ ...current, ...patch });
      touch();
    },
    [editable, replace, touch],
  );
  const reload = useCallback(() => setRound((r) => r + 1), []);

  return { draft, loadError, draftRef, change, replace, reload, autosave };
}
