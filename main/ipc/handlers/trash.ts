import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const trashHandlers = (s: Services): FeatureHandlers<'trash'> => ({
  'trash.list': () => s.trash.list(),
  'trash.restore': ({ id }) => s.trash.restore(id),
  'trash.remove': ({ id }) => (s.trash.remove(id), null),
});
