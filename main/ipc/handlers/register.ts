import { previewNumber } from '../../documents/printed-number';
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const registerHandlers = (s: Services): FeatureHandlers<'register'> => ({
  'register.peekNext': ({ issuerId, type, issuedOn }) => s.register.peekNext(issuerId, type, issuedOn),
  'register.preview': ({ issuedOn, number, ...doc }) =>
    previewNumber(s.ctx, s.register, doc, issuedOn, number),
  'register.setTermStart': ({ organizationId, startsOn }) => (
    s.register.setTermStart(organizationId, startsOn),
    null
  ),
});
