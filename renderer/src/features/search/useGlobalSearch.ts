// Search as the user types: the text settles for a moment, then its query goes out. One query is in
// flight at a time: text typed while one is out waits for its answer, then only the latest text is
// asked (the ones typed in between are skipped), so the answer to the last keystroke never queues
// behind answers nobody will read. An older text's answer shows while the latest one's is on its way.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/errors';
import type { SearchKind, SearchQuery, SearchResult } from '../../../../shared/search';
import { invoke } from '../../api';
import { toErrorInfo } from '../../lib/errors';

export const TYPING_PAUSE_MS = 60;

export interface SearchFilters {
  kind: SearchKind | null;
  year: number | null;
  organizationId: string | null;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResult | null }
  | { status: 'done'; result: SearchResult; text: string }
  | { status: 'failed'; error: ErrorInfo };

type Answer = { key: string; text: string } & ({ result: SearchResult } | { error: ErrorInfo });

/** `onAnswer` is called with each answer shown (not with a dropped one). */
export function useGlobalSearch(
  text: string,
  filters: SearchFilters,
  onAnswer?: (result: SearchResult) => void,
): SearchState {
  const query = text.trim();
  const request: SearchQuery = {
    text: query,
    asYouType: true,
    limit: filters.kind ? 20 : 5,
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.year ? { year: filters.year } : {}),
    ...(filters.organizationId ? { organizationId: filters.organizationId } : {}),
  };
  const key = JSON.stringify(request);
  const [answer, setAnswer] = useState<Answer | null>(null);
  // The query to answer now (null: none), and whether one is out.
  const wanted = useRef<string | null>(null);
  const inFlight = useRef(false);
  const answered = useRef(onAnswer);
  useEffect(() => {
    answered.current = onAnswer;
  });

  const send = useCallback((first: string) => {
    const go = (sentKey: string) => {
      inFlight.current = true;
      const sent = JSON.parse(sentKey) as SearchQuery;
      const settle = (next: Answer, result?: SearchResult) => {
        inFlight.current = false;
        const latest = wanted.current;
        if (sentKey === latest) {
          setAnswer(next);
          if (result) answered.current?.(result);
        } else {
          // Overtaken while out: shown until the latest text's answer comes (an error is not).
          if (result) setAnswer(next);
          if (latest !== null) go(latest);
        }
      };
      invoke('search.query', sent).then(
        (result) => settle({ key: sentKey, text: sent.text, result }, result),
        (error: unknown) => settle({ key: sentKey, text: sent.text, error: toErrorInfo(error) }),
      );
    };
    go(first);
  }, []);

  useEffect(() => {
    // While the text settles, no answer is the latest one (none opens a result on Enter).
    wanted.current = null;
    if (!query) return;
    const timer = setTimeout(() => {
      wanted.current = key;
      if (!inFlight.current) send(key);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key, query, send]);
  useEffect(
    () => () => {
      wanted.current = null;
    },
    [],
  );

  if (!query) return { status: 'idle' };
  if (answer?.key !== key)
    return { status: 'searching', previous: answer && 'result' in answer ? answer.result : null };
  return 'error' in answer
    ? { status: 'failed', error: answer.error }
    : { status: 'done', result: answer.result, text: answer.text };
}
