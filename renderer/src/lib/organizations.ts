// The directory of organizations, loaded once and shared by every screen that names a unit.
import { useEffect, useState } from 'react';
import type { OrganizationSummary } from '../../../shared/domain';
import { foldVietnamese } from '../../../shared/vietnamese';
import { invoke } from '../api';

let cache: Promise<OrganizationSummary[]> | null = null;
const listeners = new Set<() => void>();

export function loadOrganizations(): Promise<OrganizationSummary[]> {
  cache ??= invoke('organizations.list', {}).catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}

/** Forget the cached list (after an organization was saved or deleted). */
export function invalidateOrganizations(): void {
  cache = null;
  listeners.forEach((l) => l());
}

export function useOrganizations(): OrganizationSummary[] {
  const [list, setList] = useState<OrganizationSummary[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const bump = () => setRound((r) => r + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  useEffect(() => {
    let live = true;
    loadOrganizations().then(
      (orgs) => live && setList(orgs),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [round]);
  return list;
}

export function organizationOptions(list: OrganizationSummary[]) {
  return list.map((o) => ({ value: o.id, label: o.name }));
}

export function namesOf(list: OrganizationSummary[], ids: readonly string[]): string {
  const byId = new Map(list.map((o) => [o.id, o.name]));
  return ids.map((id) => byId.get(id) ?? '…').join('; ');
}

/** Select search that ignores accents and case: `van phong` finds `Văn phòng`. */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)),
};
