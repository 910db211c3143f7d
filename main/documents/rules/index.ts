import type { OrganizationFamily } from '../../../shared/exchange';
import { partyRules } from './party';
import { stateRules } from './state';
import type { RuleSet } from './types';

export type { RuleSet, TextStyle } from './types';

/** The rule set of a document, chosen by the family of its lead issuer. */
export function rulesFor(family: OrganizationFamily): RuleSet {
  return family === 'party' ? partyRules : stateRules;
}
