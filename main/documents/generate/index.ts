// Drafts generated from the app's records, saved through the documents service.
import type { GeneratedDraft, MeetingDraftType, Stored } from '../../../shared/domain';
import type { OfficialDocument } from '../../../shared/exchange';
import type { GeneratorServices } from './common';
import { conclusionNoticeFromMeeting } from './conclusion-notice';
import { followUpFromMeeting } from './follow-up-documents';
import { invitationFromMeeting } from './invitation';
import { minutesFromMeeting } from './minutes';
import { noticeWarning } from './notice-period';
import { programmeDocument } from './programme';

export type { GeneratorServices } from './common';

export interface DraftOptions {
  /** The bodies issuing the draft; the meeting's organizers when absent. */
  issuerIds?: string[];
}

export function generateFromMeeting(
  s: GeneratorServices,
  meetingId: string,
  type: MeetingDraftType,
  options: DraftOptions = {},
): Stored<OfficialDocument> {
  const { issuerIds } = options;
  switch (type) {
    case 'minutes':
      return minutesFromMeeting(s, meetingId, issuerIds);
    case 'conclusion-notice':
      return conclusionNoticeFromMeeting(s, meetingId, issuerIds);
    case 'invitation':
      return invitationFromMeeting(s, meetingId, issuerIds);
    default:
      return followUpFromMeeting(s, meetingId, type, issuerIds);
  }
}

/** A draft and what the secretary should know about it (an invitation that would reach people late). */
export function draftFromMeeting(
  s: GeneratorServices,
  meetingId: string,
  type: MeetingDraftType,
  options: DraftOptions = {},
): GeneratedDraft {
  const document = generateFromMeeting(s, meetingId, type, options);
  const warnings = [];
  if (type === 'invitation') {
    const late = noticeWarning(s.ctx.now().slice(0, 10), s.meetings.get(meetingId).startsAt);
    if (late) warnings.push(late);
  }
  return { document, warnings };
}

export function generateFromProgramme(s: GeneratorServices, programmeId: string): Stored<OfficialDocument> {
  return programmeDocument(s, programmeId);
}
