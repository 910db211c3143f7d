// Domain types: the exchange records (shared/exchange.ts) as stored, plus the shapes of list queries.
import { z } from 'zod';
import { idSchema, meetingKinds, documentStatuses, documentTypes, organizationFamilies } from './exchange';
import type {
  Conclusion,
  DocumentType,
  Meeting,
  MeetingKind,
  OfficialDocument,
  OrganizationFamily,
} from './exchange';

/** A record as the database holds it: `updatedAt` is always known. */
export type Stored<T> = T & { updatedAt: string };

export type StoredConclusion = Stored<Conclusion>;
/** A meeting as stored: its conclusions carry their own `updatedAt` too. */
export type StoredMeeting = Stored<Omit<Meeting, 'conclusions'> & { conclusions?: StoredConclusion[] }>;

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
}

export const meetingListQuerySchema = z.object({
  year: z.int().min(1945).max(2200).optional(),
  kind: z.enum(meetingKinds).optional(),
  organizerId: idSchema.optional(),
  text: z.string().max(200).optional(),
  sort: z.enum(['startsAt-desc', 'startsAt-asc', 'title-asc']).default('startsAt-desc'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type MeetingListQuery = z.input<typeof meetingListQuerySchema>;

export interface MeetingSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  organizerIds: string[];
  attendeeCount: number;
  conclusionCount: number;
  updatedAt: string;
}

export const peopleQuerySchema = z.object({
  text: z.string().max(200).optional(),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(50),
});
export type PeopleQuery = z.input<typeof peopleQuerySchema>;
/** The most people one `people.getMany` call names (a meeting's attendees are far fewer). */
export const PEOPLE_GET_MANY_MAX = 500;

export interface PersonTitle {
  title: string;
  lastSeenAt: string;
  meetingCount: number;
}

export const organizationQuerySchema = z.object({
  family: z.enum(organizationFamilies).optional(),
  text: z.string().max(200).optional(),
});

export const documentListQuerySchema = z.object({
  status: z.enum(documentStatuses).optional(),
  type: z.enum(documentTypes).optional(),
  meetingId: idSchema.optional(),
  year: z.int().min(1945).max(2200).optional(),
  /** A body among the document's issuers (joint documents count for each). */
  issuerId: idSchema.optional(),
  /** Part of the printed number (`05/TB`, `TB-UBND`, `5`) or of the summary, accents optional. */
  text: z.string().max(200).optional(),
  /** By date (issued, or last saved for a draft) or by number (drafts last); newest or highest first. */
  sort: z.enum(['date', 'number']).default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type DocumentListQuery = z.input<typeof documentListQuerySchema>;

export interface DocumentSummary {
  id: string;
  type: DocumentType;
  status: 'draft' | 'issued';
  number: number | null;
  symbol: string | null;
  /** The number as printed (`05/TB-UBND`, `05-CTr/TU`); null for a draft. */
  printedNumber: string | null;
  issuedOn: string | null;
  summary: string;
  issuerIds: string[];
  meetingId: string | null;
  updatedAt: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  family: OrganizationFamily;
  symbol: string | null;
  parentId: string | null;
}

export interface ProgrammeSummary {
  id: string;
  title: string;
  year: number;
  partyIds: string[];
  itemCount: number;
  updatedAt: string;
}

/** The document types a draft can be made of from a meeting (the programme has its own call). */
export const meetingDraftTypes = [
  'conclusion-notice',
  'minutes',
  'invitation',
  'report',
  'plan',
  'official-letter',
] as const;
export type MeetingDraftType = (typeof meetingDraftTypes)[number];

/** Something the secretary should know about a new draft, which does not stop it being made. */
export interface DraftWarning {
  code: string;
  message: string;
}

export interface GeneratedDraft {
  document: Stored<OfficialDocument>;
  warnings: DraftWarning[];
}
