// Loads data with loading / failed / ready states and a reload function. `load` must be stable
// (wrap it in useCallback with what it depends on): a new function means a new load.
import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../shared/errors';
import { toErrorInfo } from './errors';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; error: ErrorInfo } | { state: 'ready'; value: T };

export function useLoad<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'failed', error: toErrorInfo(error) }),
    );
    return () => {
      live = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [result, reload];
}
