// Nơi nhận lines: how a line is compared (punctuation, the leading dash and case do not count) and the
// suggestions offered while drafting (`documents.usualRecipients`).
import { foldVietnamese } from './vietnamese';

export interface RecipientSuggestions {
  /** Lines the issuing body used on its issued documents, most frequent first, with how often. */
  usual: { text: string; count: number }[];
  /** The meeting's units by name: task leads, supporters, attendees' units, organizers. */
  meetingUnits: string[];
}

/** `- Sở Nội vụ;` → `Sở Nội vụ`: the line without its list dash and final punctuation. */
export const recipientText = (line: string): string =>
  line
    .trim()
    .replace(/^[-–+•]\s*/, '')
    .replace(/[;,.]+$/, '')
    .trim();

/** The key two lines are the same recipient by: `Sở Nội vụ;` and `- sở nội vụ` match. */
export const recipientKey = (line: string): string => foldVietnamese(recipientText(line));

/** `Lưu: VT.`, `Lưu Văn phòng.`: the archive line, last of the Nơi nhận. */
export const isArchiveLine = (line: string): boolean => /^luu(\s|:|$)/.test(recipientKey(line));

/**
 * Adds `texts` to the lines not already there, before the archive line (`Lưu: VT.`, `Lưu Văn phòng.`)
 * which stays last, each ending as the family's lines do (`;` state, `,` Party).
 */
export function addRecipients(lines: readonly string[], texts: readonly string[], mark: ';' | ','): string[] {
  const kept = lines.filter((l) => l.trim());
  const have = new Set(kept.map(recipientKey));
  const archiveAt = kept.findIndex(isArchiveLine);
  const added: string[] = [];
  let archive: string | null = null;
  for (const text of texts) {
    const key = recipientKey(text);
    if (!key || have.has(key)) continue;
    have.add(key);
    if (!isArchiveLine(text)) added.push(`${recipientText(text)}${mark}`);
    // One archive line only, and last: the one already there stays.
    else if (archiveAt === -1 && archive === null) archive = `${recipientText(text)}.`;
  }
  if (archiveAt !== -1) return [...kept.slice(0, archiveAt), ...added, ...kept.slice(archiveAt)];
  return [...kept, ...added, ...(archive === null ? [] : [archive])];
}
