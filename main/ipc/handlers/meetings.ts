import { minutesOutline } from '../../documents/generate/minutes-outline';
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const meetingHandlers = (s: Services): FeatureHandlers<'meetings'> => ({
  'meetings.list': (q) => s.meetings.list(q),
  'meetings.get': ({ id }) => s.meetings.get(id),
  'meetings.save': (meeting) => s.meetings.save(meeting),
  'meetings.delete': ({ id }) => (s.meetings.delete(id), null),
  'meetings.minutesOutline': ({ id }) => minutesOutline(s, id),
});
