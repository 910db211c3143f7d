import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const programmeHandlers = (s: Services): FeatureHandlers<'programmes'> => ({
  'programmes.list': ({ year }) => s.programmes.list(year),
  'programmes.get': ({ id }) => s.programmes.get(id),
  'programmes.save': (programme) => s.programmes.save(programme),
  'programmes.copyToNextYear': ({ sourceId, id }) => s.programmes.copyToNextYear(sourceId, id),
  'programmes.delete': ({ id }) => (s.programmes.delete(id), null),
});
