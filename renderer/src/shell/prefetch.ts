// What a screen will ask for first, asked for when the address changes to it: the main process answers
// while the screen is being drawn, instead of after it.
import { prefetchMeetingList } from '../features/meetings/useMeetingPages';
import type { Route } from './routes';

export function prefetchFor(route: Route): void {
  if (route.name === 'meetings') prefetchMeetingList();
}
