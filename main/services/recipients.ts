// Nơi nhận suggested while drafting: the lines an issuing body has used on the documents it issued
// (most frequent first, then most recent), and the units a meeting involves (task leads and supporters,
// attendees' units, organizers), so one click adds what is usually typed again on every document.
import type { RecipientSuggestions } from '../../shared/recipients';
import { recipientKey, recipientText } from '../../shared/recipients';
import type { ServiceContext } from './context';
import { found } from './guards';

const MAX_USUAL = 20;

export function createRecipientService({ repos }: ServiceContext) {
  return {
    suggest(issuerId: string, meetingId?: string): RecipientSuggestions {
      found(repos.organizations.get(issuerId), 'cơ quan ban hành', issuerId);
      const counts = new Map<string, { text: string; count: number; last: string }>();
      for (const { line, issued_on } of repos.register.recipientLines(issuerId)) {
        const text = recipientText(line);
        const key = recipientKey(text);
        if (!key) continue;
        const seen = counts.get(key);
        const on = issued_on ?? '';
        if (!seen) counts.set(key, { text, count: 1, last: on });
        else {
          seen.count++;
          // The wording of the latest use wins.
          if (on >= seen.last) Object.assign(seen, { text, last: on });
        }
      }
      const usual = [...counts.values()]
        .sort(
          (a, b) => b.count - a.count || b.last.localeCompare(a.last) || a.text.localeCompare(b.text, 'vi'),
        )
        .slice(0, MAX_USUAL)
        .map(({ text, count }) => ({ text, count }));

      const meetingUnits: string[] = [];
      if (meetingId) {
        const meeting = found(repos.meetings.get(meetingId), 'cuộc họp', meetingId);
        const ids = [
          ...(meeting.conclusions ?? []).flatMap((c) =>
            (c.assignees ?? []).filter((a) => a.role === 'lead').map((a) => a.organizationId),
          ),
          ...(meeting.conclusions ?? []).flatMap((c) =>
            (c.assignees ?? []).filter((a) => a.role === 'support').map((a) => a.organizationId),
          ),
          ...(meeting.attendees ?? []).flatMap((a) => (a.organizationId ? [a.organizationId] : [])),
          ...meeting.organizerIds,
        ];
        const seen = new Set<string>([issuerId]);
        for (const id of ids) {
          if (seen.has(id)) continue;
          seen.add(id);
          const org = repos.organizations.get(id);
          if (org) meetingUnits.push(org.name);
        }
      }
      return { usual, meetingUnits };
    },
  };
}
