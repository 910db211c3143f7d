// Full-text search on the wire: the query (IPC, CLI) and its results, grouped by kind.
import { z } from 'zod';
import { idSchema } from './exchange';
import { SEARCH_LIMITS } from './search-query';

export const searchKinds = [
  'meeting',
  'conclusion',
  'document',
  'programme',
  'person',
  'organization',
] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, string> = {
  meeting: 'Cuộc họp',
  conclusion: 'Kết luận',
  document: 'Văn bản',
  programme: 'Chương trình',
  person: 'Cán bộ',
  organization: 'Cơ quan',
};

/** Where in a record the words were found: the page opens there. */
export const searchFields = [
  'title',
  'place',
  'attendees',
  'groups',
  'minutes',
  'conclusion',
  'progress',
  'summary',
  'body',
  'items',
  'name',
  'notes',
] as const;
export type SearchField = (typeof searchFields)[number];

export const searchQuerySchema = z.object({
  text: z.string().max(SEARCH_LIMITS.maxLength),
  /** Only these kinds (all when absent). */
  kinds: z.array(z.enum(searchKinds)).min(1).max(searchKinds.length).optional(),
  /** Meetings, conclusions and documents of that year, programmes of that year; no people or bodies. */
  year: z.int().min(1945).max(2200).optional(),
  /** Records related to that organization (organizer, attendee's body, assignee, issuer, party). */
  organizationId: idSchema.optional(),
  /** The word being typed (the last one) is a prefix. */
  asYouType: z.boolean().default(false),
  /** Results per kind. */
  limit: z.int().min(1).max(100).default(5),
  /** Skips that many results of each kind (for "more" of one kind). */
  offset: z.int().min(0).max(10_000).default(0),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

/** A piece of text; `hit` marks a word that matched. Rendered as text, never as markup. */
export interface TextSegment {
  text: string;
  hit?: true;
}

export interface SearchHit {
  kind: SearchKind;
  /** The record: meeting, conclusion, document, programme, person or organization id. */
  id: string;
  /** The meeting a conclusion belongs to (or a document was made from). */
  meetingId: string | null;
  title: TextSegment[];
  /** The meeting's start, the document's date, the programme's year (YYYY-01-01), or null. */
  date: string | null;
  /** Where the words were found, and a window of that text around them. */
  field: SearchField;
  snippet: TextSegment[];
  /** The first matching word of the snippet as it is written there, to select it on the opened page. */
  find: string | null;
  /** That word and the few words after it, as written: tells it apart from earlier occurrences. */
  findContext: string | null;
  /** The accented words of the query occur exactly so (ranked first). */
  exact: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Matching records of this kind, counted up to `SEARCH_COUNT_CAP`. */
  total: number;
  /** There are more than `total` (counting stopped at the cap). */
  capped: boolean;
  items: SearchHit[];
}

export interface SearchResult {
  /** Kinds with at least one match, in the order of `searchKinds`. */
  groups: SearchGroup[];
  /** False when the query has no word to look for (empty, only exclusions, or one letter being typed). */
  searched: boolean;
}

/** Matches are counted (and ranked) up to this many per kind; the screen then says "100+". */
export const SEARCH_COUNT_CAP = 100;
