// What the index holds for one record: its texts, field by field, in the index's three text columns,
// the organizations it relates to (for the filter), and its day. The snippets of results are cut from
// the same texts, so a hit is always found where the index found it.
import { toVietnamInstant } from '../../shared/datetime';
import { numberDigits } from '../../shared/document-number';
import { richTextToPlain, type RichTextNode } from '../../shared/rich-text';
import type { SearchField, SearchKind } from '../../shared/search';
import type { SearchSourceRepo } from '../db/repos/search-source';

export type SearchColumn = 'head' | 'side' | 'body';

export interface SourceField {
  field: SearchField;
  column: SearchColumn;
  text: string;
  /** Lines of `text` already folded by `foldAligned`, by their start (kept with a cached record). */
  foldedLines?: Map<number, string>;
}

export interface SearchSource {
  kind: SearchKind;
  id: string;
  /** A conclusion's meeting: the row goes when the meeting goes. */
  ownerMeetingId: string | null;
  /** The meeting a document was made from (shown, not owned). */
  meetingId: string | null;
  /** YYYY-MM-DD: orders results newest first and places the row in its year. */
  day: string;
  /** The line shown as the result's title. */
  title: string;
  /** A date to show: the meeting's start, the document's date, the programme's year. */
  date: string | null;
  fields: SourceField[];
  organizationIds: string[];
}

/** What to read: the organizations only matter to the index (its filter), not to a result shown. */
export interface SourceOptions {
  organizations?: boolean;
  /** A meeting's minutes read only when their text is first asked for (a result may not need them). */
  lazyMinutes?: boolean;
}

/** A field whose text is read the first time it is asked for, then kept. */
function lazyField(field: SearchField, column: SearchColumn, read: () => string): SourceField {
  let text: string | undefined;
  return {
    field,
    column,
    get text() {
      return (text ??= read());
    },
  };
}

function plain(json: string | null): string {
  if (json === null) return '';
  try {
    return richTextToPlain(JSON.parse(json) as RichTextNode);
  } catch {
    return '';
  }
}

const localDay = (instant: string): string => {
  try {
    return toVietnamInstant(instant).slice(0, 10);
  } catch {
    return instant.slice(0, 10);
  }
};

const unique = (ids: (string | null)[]): string[] => [...new Set(ids.filter((x): x is string => !!x))];

const line = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join(' — ');

export function meetingSource(
  repo: SearchSourceRepo,
  id: string,
  { organizations = true, lazyMinutes = false }: SourceOptions = {},
): SearchSource | undefined {
  const full = lazyMinutes ? undefined : repo.meeting(id);
  const row = full ?? (lazyMinutes ? repo.meetingHead(id) : undefined);
  if (!row) return undefined;
  const minutes: SourceField = full
    ? { field: 'minutes', column: 'body', text: plain(full.minutes) }
    : lazyField('minutes', 'body', () => plain(repo.minutes(id)));
  const attendees = repo.attendees(id);
  return {
    kind: 'meeting',
    id,
    ownerMeetingId: null,
    meetingId: id,
    day: localDay(row.starts_at),
    title: row.title,
    date: row.starts_at,
    fields: [
      { field: 'title', column: 'head', text: row.title },
      { field: 'place', column: 'side', text: row.location ?? '' },
      {
        field: 'attendees',
        column: 'side',
        text: attendees.map((a) => line(a.full_name, a.title_on_day)).join('\n'),
      },
      { field: 'groups', column: 'side', text: repo.groups(id).join('\n') },
      minutes,
    ],
    organizationIds: organizations
      ? unique([...repo.organizers(id), ...attendees.map((a) => a.organization_id)])
      : [],
  };
}

export function conclusionSource(
  repo: SearchSourceRepo,
  id: string,
  { organizations = true }: SourceOptions = {},
): SearchSource | undefined {
  const row = repo.conclusion(id);
  if (!row) return undefined;
  return {
    kind: 'conclusion',
    id,
    ownerMeetingId: row.meeting_id,
    meetingId: row.meeting_id,
    day: localDay(row.starts_at),
    title: row.meeting_title,
    date: row.starts_at,
    fields: [
      { field: 'conclusion', column: 'head', text: plain(row.text) },
      { field: 'progress', column: 'side', text: repo.progress(id).join('\n') },
    ],
    organizationIds: organizations ? unique([...repo.organizers(row.meeting_id), ...repo.assignees(id)]) : [],
  };
}

export function documentSource(
  repo: SearchSourceRepo,
  id: string,
  { organizations = true }: SourceOptions = {},
): SearchSource | undefined {
  const row = repo.document(id);
  if (!row) return undefined;
  // The number as stored and as printed (`5` and `05`: numbers below 10 are printed with a zero), so
  // "05/TB-UBND" copied from the paper or the Văn bản list finds it; the symbol's words follow.
  const digits = row.number === null ? [] : [...new Set([String(row.number), numberDigits(row.number)])];
  const numberLine = [...digits, row.symbol ?? ''].join(' ').trim();
  return {
    kind: 'document',
    id,
    ownerMeetingId: null,
    meetingId: row.meeting_id,
    day: row.issued_on ?? localDay(row.updated_at),
    title: row.summary,
    date: row.issued_on,
    fields: [
      { field: 'summary', column: 'head', text: line(row.summary, numberLine) },
      { field: 'place', column: 'side', text: row.place ?? '' },
      { field: 'body', column: 'body', text: plain(row.body) },
    ],
    organizationIds: organizations ? repo.issuers(id) : [],
  };
}

export function programmeSource(
  repo: SearchSourceRepo,
  id: string,
  { organizations = true }: SourceOptions = {},
): SearchSource | undefined {
  const row = repo.programme(id);
  if (!row) return undefined;
  const items = repo.items(id).map((item, i) => line(`${i + 1}. ${plain(item.content)}`, item.timing));
  return {
    kind: 'programme',
    id,
    ownerMeetingId: null,
    meetingId: null,
    day: `${String(row.year).padStart(4, '0')}-01-01`,
    title: row.title,
    date: `${String(row.year).padStart(4, '0')}-01-01`,
    fields: [
      { field: 'title', column: 'head', text: row.title },
      { field: 'items', column: 'body', text: items.join('\n') },
    ],
    organizationIds: organizations ? repo.programmeOrgs(id) : [],
  };
}

export function personSource(repo: SearchSourceRepo, id: string): SearchSource | undefined {
  const row = repo.person(id);
  if (!row) return undefined;
  return {
    kind: 'person',
    id,
    ownerMeetingId: null,
    meetingId: null,
    day: localDay(row.updated_at),
    title: row.full_name,
    date: null,
    fields: [
      { field: 'name', column: 'head', text: row.full_name },
      { field: 'notes', column: 'side', text: row.notes ?? '' },
    ],
    organizationIds: [],
  };
}

export function organizationSource(repo: SearchSourceRepo, id: string): SearchSource | undefined {
  const row = repo.organization(id);
  if (!row) return undefined;
  return {
    kind: 'organization',
    id,
    ownerMeetingId: null,
    meetingId: null,
    day: localDay(row.updated_at),
    title: row.name,
    date: null,
    fields: [
      { field: 'name', column: 'head', text: row.name },
      { field: 'place', column: 'side', text: line(row.symbol, row.place) },
    ],
    organizationIds: [id],
  };
}

export const sourceOf: Record<
  SearchKind,
  (repo: SearchSourceRepo, id: string, options?: SourceOptions) => SearchSource | undefined
> = {
  meeting: meetingSource,
  conclusion: conclusionSource,
  document: documentSource,
  programme: programmeSource,
  person: personSource,
  organization: organizationSource,
};
