// Loads a generated office into a database through the exchange import (the path a real file takes).
import type { Services } from '../../main/services';
import { generateOffice, type OfficeOptions } from './office';

export interface LoadedCounts {
  organizations: number;
  people: number;
  meetings: number;
  attendances: number;
  conclusions: number;
  minutesWords: number;
  documents: number;
  programmes: number;
}

export function loadOffice(
  services: Services,
  options: OfficeOptions,
  onChunk?: (c: LoadedCounts) => void,
): LoadedCounts {
  const counts: LoadedCounts = {
    organizations: 0,
    people: 0,
    meetings: 0,
    attendances: 0,
    conclusions: 0,
    minutesWords: 0,
    documents: 0,
    programmes: 0,
  };
  for (const file of generateOffice(options)) {
    services.exchange.import(file);
    counts.organizations += file.organizations?.length ?? 0;
    counts.people += file.people?.length ?? 0;
    counts.programmes += file.programmes?.length ?? 0;
    counts.documents += file.documents?.length ?? 0;
    for (const m of file.meetings ?? []) {
      counts.meetings++;
      counts.attendances += m.attendees?.length ?? 0;
      counts.conclusions += m.conclusions?.length ?? 0;
      for (const block of m.minutes?.content ?? [])
        for (const t of block.content ?? []) counts.minutesWords += (t.text ?? '').split(' ').length;
    }
    onChunk?.(counts);
  }
  return counts;
}
