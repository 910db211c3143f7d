// Autosave: a change schedules a save about 1 s later; blur, page hide, unload, Ctrl+S and leaving
// the screen save at once. One save runs at a time; a change made during a save is saved right
// after it. A failed save keeps everything the user typed and is retried on the next change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../shared/errors';
import { toErrorInfo } from './errors';

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveState =
  | { state: 'clean' }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'invalid'; missing: string[] }
  | { state: 'failed'; error: ErrorInfo };

export interface Autosave {
  status: SaveState;
  /** Something changed: save in about a second. */
  touch(): void;
  /** Save now (if anything changed) and resolve when the data is stored. */
  flush(): Promise<void>;
}

export function useAutosave<T>(options: {
  collect: () => T;
  validate: (value: T) => string[];
  save: (value: T) => Promise<void>;
  delayMs?: number;
}): Autosave {
  const [status, setStatus] = useState<SaveState>({ state: 'clean' });
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);
  const report = useCallback((s: SaveState) => {
    if (mounted.current) setStatus(s);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Wait for a save in progress; what changed meanwhile is saved after it.
    while (running.current) await running.current;
    if (!dirty.current) return;
    const { collect, validate, save } = latest.current;
    const value = collect();
    const missing = validate(value);
    if (missing.length > 0) {
      report({ state: 'invalid', missing });
      return;
    }
    dirty.current = false;
    report({ state: 'saving' });
    const run = save(value).then(
      () => report(dirty.current ? { state: 'dirty' } : { state: 'saved', at: new Date() }),
      (error: unknown) => {
        dirty.current = true;
        report({ state: 'failed', error: toErrorInfo(error) });
      },
    );
    running.current = run.finally(() => {
      running.current = null;
    });
    // A change made meanwhile has scheduled its own save (touch always does).
    await running.current;
  }, [report]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), latest.current.delayMs ?? AUTOSAVE_DELAY_MS);
  }, [flush]);

  const touch = useCallback(() => {
    const wasDirty = dirty.current;
    dirty.current = true;
    if (!wasDirty) report({ state: 'dirty' });
    schedule();
  }, [report, schedule]);

  useEffect(() => {
    mounted.current = true;
    const now = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    window.addEventListener('blur', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('blur', now);
      document.removeEventListener('visibilitychange', onVisibility);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { status, touch, flush };
}
