import { useEffect, useState } from 'react';
import { newId } from '../lib/ids';
import { prefetchFor } from './prefetch';
import { parseHash, type Route } from './routes';

/** The current route, following `hashchange`. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash, newId));
  useEffect(() => {
    const onChange = () => {
      const next = parseHash(window.location.hash, newId);
      prefetchFor(next);
      setRoute(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Marks a just-saved new meeting's address as its own, without a navigation. */
export function replaceHashQuietly(href: string): void {
  window.history.replaceState(window.history.state, '', href);
}
