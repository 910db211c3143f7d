// Drafts generated from the app's records, saved through the documents service.
import type { Stored } from '../../../shared/domain';
import type { OfficialDocument } from '../../../shared/exchange';
import type { GeneratorServices } from './common';
import { conclusionNoticeFromMeeting } from './conclusion-notice';
import { minutesFromMeeting } from './minutes';
import { programmeDocument } from './programme';

export type { GeneratorServices } from './common';

export interface DraftOptions {
  /** The bodies issuing the draft; the meeting's organizers when absent. */
  issuerIds?: string[];
}

export function generateFromMeeting(
  s: GeneratorServices,
  meetingId: string,
  type: 'conclusion-notice' | 'minutes',
  options: DraftOptions = {},
): Stored<OfficialDocument> {
  return type === 'minutes'
    ? minutesFromMeeting(s, meetingId, options.issuerIds)
    : conclusionNoticeFromMeeting(s, meetingId, options.issuerIds);
}

export function generateFromProgramme(s: GeneratorServices, programmeId: string): Stored<OfficialDocument> {
  return programmeDocument(s, programmeId);
}
