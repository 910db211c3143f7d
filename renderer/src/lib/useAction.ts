// An action started by a button (save, merge, generate): busy while it runs, and its failure kept as
// a Vietnamese message with its code, cleared by the next success.
import { useCallback, useState } from 'react';
import { describeError } from './errors';

export interface Action {
  busy: boolean;
  error: string | null;
  /** Shows a message of the screen's own (a check before the call), or clears it. */
  setError: (message: string | null) => void;
  run: (action: () => Promise<void>) => Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
