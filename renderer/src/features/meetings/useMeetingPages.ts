// The meeting list, fetched a page at a time as the user scrolls (the table itself is virtualized).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingListQuery, MeetingSummary } from '../../../../shared/domain';
import type { ErrorInfo } from '../../../../shared/errors';
import { invoke } from '../../api';
import { toErrorInfo } from '../../lib/errors';

export const PAGE_SIZE = 200;

export interface MeetingPages {
  /** The query the items answer (filters and sort), as one string. */
  key: string;
  items: MeetingSummary[];
  total: number;
  loading: boolean;
  error: ErrorInfo | null;
  loadMore(): void;
  retry(): void;
}

type Filters = Omit<MeetingListQuery, 'offset' | 'limit'>;
type Page = Awaited<ReturnType<typeof firstPage>>;

/** The list's sort as it opens: newest first. */
export const OPENING_SORT = 'startsAt-desc' satisfies Filters['sort'];
/** The list as it opens: no filter (what MeetingListPage starts with). */
const OPENING: Filters = { sort: OPENING_SORT };

const firstPage = (key: string) =>
  invoke('meetings.list', { ...(JSON.parse(key) as Filters), offset: 0, limit: PAGE_SIZE });

// The opening page asked for as soon as the address changes to the list, while the page is still being
// drawn: the answer's round trip overlaps the drawing instead of starting after it. Taken by the next
// mount only (a later visit asks again, so it never shows an old list).
let early: { key: string; page: Promise<Page> } | null = null;

export function prefetchMeetingList(): void {
  const key = JSON.stringify(OPENING);
  early = { key, page: firstPage(key) };
  // Not taken (another screen opened instead): its failure is nobody's.
  early.page.catch(() => undefined);
}

function takeEarly(key: string): Promise<Page> | null {
  const taken = early?.key === key ? early.page : null;
  early = null;
  return taken;
}

export function useMeetingPages(query: Filters): MeetingPages {
  const key = JSON.stringify(query);
  const [loaded, setLoaded] = useState<{ key: string; items: MeetingSummary[]; total: number } | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [more, setMore] = useState(false);
  const [round, setRound] = useState(0);
  const busy = useRef(false);

  useEffect(() => {
    let live = true;
    (takeEarly(key) ?? firstPage(key)).then(
      (page) => {
        if (!live) return;
        setLoaded({ key, items: page.items, total: page.total });
        setError(null);
      },
      (e: unknown) => live && setError(toErrorInfo(e)),
    );
    return () => {
      live = false;
    };
  }, [key, round]);

  const current = loaded?.key === key ? loaded : null;
  const loadMore = useCallback(() => {
    if (busy.current || !current || current.items.length >= current.total) return;
    busy.current = true;
    setMore(true);
    const offset = current.items.length;
    invoke('meetings.list', { ...(JSON.parse(key) as Filters), offset, limit: PAGE_SIZE })
      .then(
        (page) =>
          setLoaded((prev) =>
            prev && prev.key === key && prev.items.length === offset
              ? { key, items: [...prev.items, ...page.items], total: page.total }
              : prev,
          ),
        (e: unknown) => setError(toErrorInfo(e)),
      )
      .finally(() => {
        busy.current = false;
        setMore(false);
      });
  }, [current, key]);

  const retry = useCallback(() => setRound((r) => r + 1), []);

  return {
    key,
    items: current?.items ?? loaded?.items ?? [],
    total: current?.total ?? loaded?.total ?? 0,
    loading: !current || more,
    error,
    loadMore,
    retry,
  };
}
