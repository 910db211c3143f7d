// The meeting being edited, as the form holds it, and the checks done before it is sent.
import { formatVietnamInstant } from '../../../../shared/datetime';
import type { StoredConclusion, StoredMeeting } from '../../../../shared/domain';
import type { Meeting } from '../../../../shared/exchange';

export type ConclusionDraft = Omit<StoredConclusion, 'updatedAt'> & { updatedAt?: string };
export type MeetingDraft = Omit<StoredMeeting, 'updatedAt' | 'conclusions'> & {
  updatedAt?: string;
  conclusions?: ConclusionDraft[];
};

/** A new meeting today at 08:00 (Vietnam time), with the office's default organizer if set. */
export function blankMeeting(id: string, organizerId: string | null, now = Date.now()): MeetingDraft {
  const today = formatVietnamInstant(now).slice(0, 10);
  return {
    id,
    title: '',
    kind: 'cuoc-hop',
    startsAt: `${today}T08:00:00+07:00`,
    endsAt: null,
    location: '',
    organizerIds: organizerId ? [organizerId] : [],
    attendees: [],
    attendeeGroups: [],
    minutes: null,
    conclusions: [],
  };
}

/** What is still missing before the meeting can be saved, in Vietnamese; empty when it can. */
export function missingForSave(d: MeetingDraft): string[] {
  const missing: string[] = [];
  if (!d.title.trim()) missing.push('tên cuộc họp');
  if (d.organizerIds.length === 0) missing.push('cơ quan chủ trì');
  return missing;
}

/** The draft as the save call takes it (conclusions renumbered in their list order). */
export function toSaveInput(d: MeetingDraft): Meeting {
  return {
    ...d,
    // A group left empty is not saved (it is marked in its field) and never blocks the meeting.
    attendeeGroups: (d.attendeeGroups ?? []).map((g) => g.trim()).filter(Boolean),
    conclusions: (d.conclusions ?? []).map((c, i) => ({ ...c, order: i + 1 })),
  } as Meeting;
}
