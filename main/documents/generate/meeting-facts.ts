// The facts of a meeting as running text: who chaired (with the title they held that day), who attended.
import type { StoredMeeting } from '../../../shared/domain';
import type { Attendee } from '../../../shared/exchange';
import type { GeneratorServices } from './common';

export interface Person {
  name: string;
  position: string;
  personId: string;
}

export function personOf(s: GeneratorServices, a: Attendee): Person {
  return {
    name: s.people.get(a.personId).fullName,
    position: a.position?.trim() ?? '',
    personId: a.personId,
  };
}

/** `đồng chí Lê Đình Sơn - Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh` */
export const comrade = (p: Person): string => `đồng chí ${p.name}${p.position ? ` - ${p.position}` : ''}`;

export function chairsOf(s: GeneratorServices, m: StoredMeeting): Person[] {
  const all = m.attendees ?? [];
  return [...all.filter((a) => a.role === 'chair'), ...all.filter((a) => a.role === 'co-chair')].map((a) =>
    personOf(s, a),
  );
}

export function attendanceText(s: GeneratorServices, m: StoredMeeting): string {
  const present = (m.attendees ?? [])
    .filter((a) => a.role === 'attendee' || a.role === 'guest')
    .map((a) => comrade(personOf(s, a)));
  const groups = (m.attendeeGroups ?? []).map((g) => g.charAt(0).toLocaleLowerCase('vi') + g.slice(1));
  return [...present, ...groups].join('; ');
}

export function orgNames(s: GeneratorServices, ids: readonly string[]): string {
  return ids.map((id) => s.organizations.get(id).name).join(', ');
}
