import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const registerHandlers = (s: Services): FeatureHandlers<'register'> => ({
  'register.peekNext': ({ issuerId, type, issuedOn }) => s.register.peekNext(issuerId, type, issuedOn),
  'register.setTermStart': ({ organizationId, startsOn }) => (
    s.register.setTermStart(organizationId, startsOn),
    null
  ),
});
