// A new meeting that cannot be saved yet (no title or organizer) is kept in localStorage, so what was
// typed survives leaving the screen, a reload or a crash; the next "new meeting" offers it back.
import type { MeetingDraft } from './draft';

const KEY = 'sohop.unsavedNewMeeting';

export function rememberUnsaved(draft: MeetingDraft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: nothing more can be done here.
  }
}

export function recallUnsaved(): MeetingDraft | null {
  try {
    const text = localStorage.getItem(KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    return value && typeof value === 'object' && 'id' in value && 'title' in value
      ? (value as MeetingDraft)
      : null;
  } catch {
    return null;
  }
}

export function forgetUnsaved(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // ignore
  }
}

/** Whether the draft holds anything the user typed. */
export function hasContent(d: MeetingDraft): boolean {
  return Boolean(
    d.title.trim() ||
    d.location?.trim() ||
    d.attendees?.length ||
    d.attendeeGroups?.length ||
    d.conclusions?.length ||
    JSON.stringify(d.minutes ?? null).includes('"text"'),
  );
}
