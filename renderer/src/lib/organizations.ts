// The directory of organizations, loaded once and shared by every screen that names a unit.
import { useEffect, useState } from 'react';
import type { OrganizationSummary } from '../../../shared/domain';
import { foldVietnamese } from '../../../shared/vietnamese';
import { invoke } from '../api';

let cache: Promise<OrganizationSummary[]> | null = null;
/** The list once the cached promise has resolved: a screen opened later starts with it (no render of
 * its rows with unknown names first, then again with the names). */
let known: OrganizationSummary[] | null = null;
const listeners = new Set<() => void>();

export function loadOrganizations(): Promise<OrganizationSummary[]> {
  if (cache) return cache;
  const request: Promise<OrganizationSummary[]> = invoke('organizations.list', {}).then(
    (list) => {
      // Not an answer overtaken by invalidateOrganizations().
      if (cache === request) known = list;
      return list;
    },
    (error: unknown) => {
      if (cache === request) cache = null;
      throw error;
    },
  );
  cache = request;
  return cache;
}

/** Forget the cached list (after an organization was saved or deleted). */
export function invalidateOrganizations(): void {
  cache = null;
  known = null;
  listeners.forEach((l) => l());
}

export function useOrganizations(): OrganizationSummary[] {
  const [list, setList] = useState<OrganizationSummary[]>(() => known ?? []);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const bump = () => setRound((r) => r + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  useEffect(() => {
    let live = true;
    loadOrganizations().then(
      // The same array when nothing changed: no new render.
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
