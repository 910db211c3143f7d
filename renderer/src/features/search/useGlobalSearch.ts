// Search as the user types: the text settles for a moment, the query goes out, and only the answer to
// the latest query is shown (an answer that comes back after a newer query was sent is dropped).
import { useEffect, useRef, useState } from 'react';
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
  const latest = useRef(0);
  const answered = useRef(onAnswer);
  useEffect(() => {
    answered.current = onAnswer;
  });

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query) return;
    const timer = setTimeout(() => {
      const sent = JSON.parse(key) as SearchQuery;
      invoke('search.query', sent).then(
        (result) => {
          if (ticket !== latest.current) return;
          setAnswer({ key, text: sent.text, result });
          answered.current?.(result);
        },
        (error: unknown) => {
          if (ticket === latest.current) setAnswer({ key, text: sent.text, error: toErrorInfo(error) });
        },
      );
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key, query]);

  if (!query) return { status: 'idle' };
  if (answer?.key !== key)
    return { status: 'searching', previous: answer && 'result' in answer ? answer.result : null };
  return 'error' in answer
    ? { status: 'failed', error: answer.error }
    : { status: 'done', result: answer.result, text: answer.text };
}
