// After a restore or a merge the records under every screen changed at once: what the renderer keeps
// between screens (the organizations, the people's names) is dropped, and mounted screens load it again.
import { invalidateOrganizations } from './organizations';
import { forgetPeople } from './people';

export function invalidateCachedRecords(): void {
  invalidateOrganizations();
  forgetPeople();
}
