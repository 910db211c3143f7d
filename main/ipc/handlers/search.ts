import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const searchHandlers = (s: Services): FeatureHandlers<'search'> => ({
  'search.query': (query) => s.search.search(query),
});
