import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const organizationHandlers = (s: Services): FeatureHandlers<'organizations'> => ({
  'organizations.list': (q) => s.organizations.list(q),
  'organizations.get': ({ id }) => s.organizations.get(id),
  'organizations.save': (org) => s.organizations.save(org),
  'organizations.delete': ({ id }) => (s.organizations.delete(id), null),
});
