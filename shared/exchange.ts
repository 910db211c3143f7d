// The exchange format, version 1 (../shared/exchange-format.md and its JSON Schema are the contract).
// These zod schemas are that contract in code: the import validates against them, the IPC
// boundary reuses them for saves, and the domain types are inferred from them.
import { z } from 'zod';
import { isValidDate, parseInstant, toVietnamInstant } from './datetime';
import { findRichTextProblem, type RichTextNode } from './rich-text';

export const EXCHANGE_FORMAT = 'so-hop-exchange';
export const EXCHANGE_VERSION = 1;

/** Limits the contract does not state but a hostile file must not get past. */
export const TEXT_LIMITS = { short: 2_000, long: 20_000 } as const;

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const idSchema = z.string().regex(UUID_RE, { error: 'mã định danh không đúng dạng' });
export const dateTimeSchema = z
  .string()
  .max(40)
  .refine((v) => parseInstant(v) !== null, {
    error: 'ngày giờ phải theo ISO 8601 có múi giờ, ví dụ 2024-01-11T14:00:00+07:00',
  })
  .transform(toVietnamInstant);
export const dateSchema = z
  .string()
  .refine(isValidDate, { error: 'ngày phải có dạng YYYY-MM-DD và có thật, ví dụ 2024-01-05' });
const requiredText = z
  .string()
  .max(TEXT_LIMITS.short, { error: `dài quá ${TEXT_LIMITS.short} ký tự` })
  .refine((v) => v.trim().length > 0, { error: 'không được để trống' });
const optionalText = z.string().max(TEXT_LIMITS.long, { error: `dài quá ${TEXT_LIMITS.long} ký tự` });
const nullableId = idSchema.nullable();

export const richTextSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = findRichTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  })
  .transform((value) => value as RichTextNode);

const record = { id: idSchema, updatedAt: dateTimeSchema.optional() };

export const organizationFamilies = ['state', 'party'] as const;
export const organizationSchema = z.object({
  ...record,
  name: requiredText,
  headerLines: z.array(requiredText).min(1).max(4).optional(),
  parentId: nullableId.optional(),
  symbol: z.string().max(100).optional(),
  family: z.enum(organizationFamilies),
  place: z.string().max(200).optional(),
  /** The header's upper line (ô 2). Absent: from the parent body; null: none; a string: printed as given. */
  headerParentLine: requiredText.nullable().optional(),
});

export const genders = ['male', 'female'] as const;
export const personSchema = z.object({
  ...record,
  fullName: requiredText,
  gender: z.enum(genders).optional(),
  notes: optionalText.optional(),
});

export const attendeeRoles = ['chair', 'co-chair', 'attendee', 'guest', 'secretary', 'absent'] as const;
export const attendeeSchema = z.object({
  personId: idSchema,
  role: z.enum(attendeeRoles),
  position: optionalText.optional(),
  organizationId: nullableId.optional(),
});

export const conclusionKinds = ['assessment', 'direction', 'task'] as const;
export const taskStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const assigneeRoles = ['lead', 'support'] as const;
export const conclusionSchema = z.object({
  ...record,
  order: z.int().min(1).max(100_000),
  text: richTextSchema,
  kind: z.enum(conclusionKinds),
  assignees: z
    .array(z.object({ organizationId: idSchema, role: z.enum(assigneeRoles) }))
    .max(200)
    .optional(),
  dueDate: dateSchema.nullable().optional(),
  status: z.enum(taskStatuses).optional(),
  progress: z
    .array(z.object({ date: dateSchema, note: optionalText }))
    .max(10_000)
    .optional(),
});

export const meetingKinds = ['hoi-nghi', 'cuoc-hop', 'buoi-lam-viec', 'phien-hop'] as const;
export const meetingSchema = z.object({
  ...record,
  title: requiredText,
  kind: z.enum(meetingKinds),
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema.nullable().optional(),
  location: optionalText.optional(),
  organizerIds: z.array(idSchema).min(1).max(50),
  attendees: z.array(attendeeSchema).max(5_000).optional(),
  attendeeGroups: z.array(requiredText).max(500).optional(),
  minutes: richTextSchema.nullable().optional(),
  conclusions: z.array(conclusionSchema).max(5_000).optional(),
});

export const programmeItemSchema = z.object({
  order: z.int().min(1).max(100_000),
  content: richTextSchema,
  leadIds: z.array(idSchema).max(200).optional(),
  supportIds: z.array(idSchema).max(200).optional(),
  timing: z.string().max(500).optional(),
});
export const programmeSchema = z.object({
  ...record,
  title: requiredText,
  year: z.int().min(1945).max(2200),
  partyIds: z.array(idSchema).min(2).max(50),
  reviewMeetingId: nullableId.optional(),
  items: z.array(programmeItemSchema).max(5_000),
});

export const signerAuthorities = ['TM', 'KT', 'TL', 'TUQ', 'Q', ''] as const;
export const chainAuthorities = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
/** One authority line of a signature: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`. */
export const signerChainLinkSchema = z.object({
  authority: z.enum(chainAuthorities),
  body: requiredText,
});
export const signerSchema = z.object({
  organizationId: nullableId.optional(),
  authority: z.enum(signerAuthorities).optional(),
  authorityBody: z.string().max(500).optional(),
  position: requiredText,
  personId: nullableId.optional(),
  /** Authority lines printed top-down above the position; when given, authority and authorityBody are ignored. */
  chain: z.array(signerChainLinkSchema).min(1).max(3).optional(),
});

export const documentTypes = [
  'conclusion-notice',
  'coordination-programme',
  'minutes',
  'invitation',
  'official-letter',
  'report',
  'plan',
] as const;
export const documentStatuses = ['draft', 'issued'] as const;
export const appendixSchema = z.object({
  title: requiredText,
  body: richTextSchema,
  landscape: z.boolean().optional(),
});
export const urgencies = ['khan', 'thuong-khan', 'hoa-toc'] as const;
export const confidentialities = ['mat', 'toi-mat', 'tuyet-mat'] as const;
export const documentSchema = z.object({
  ...record,
  type: z.enum(documentTypes),
  issuerIds: z.array(idSchema).min(1).max(10),
  number: z.int().min(1).max(1_000_000).nullable().optional(),
  symbol: z.string().max(200).optional(),
  issuedOn: dateSchema.nullable().optional(),
  place: z.string().max(200).optional(),
  summary: optionalText,
  body: richTextSchema,
  meetingId: nullableId.optional(),
  programmeId: nullableId.optional(),
  status: z.enum(documentStatuses),
  signers: z.array(signerSchema).max(10).optional(),
  recipients: z.array(z.string().max(TEXT_LIMITS.short)).max(500).optional(),
  urgency: z.enum(urgencies).optional(),
  confidentiality: z.enum(confidentialities).optional(),
  /** "Kính gửi:" recipients (ô 9a), one a string. */
  addressees: z.array(z.string().max(TEXT_LIMITS.short)).max(200).optional(),
  /** ô 13: the drafter's unit symbol and the number of copies, e.g. `TH.05`. */
  drafter: z.string().max(200).optional(),
  appendices: z.array(appendixSchema).max(50).optional(),
});

export const exchangeFileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: dateTimeSchema.optional(),
  organizations: z.array(organizationSchema).optional(),
  people: z.array(personSchema).optional(),
  meetings: z.array(meetingSchema).optional(),
  programmes: z.array(programmeSchema).optional(),
  documents: z.array(documentSchema).optional(),
});

export type Organization = z.output<typeof organizationSchema>;
export type Person = z.output<typeof personSchema>;
export type Attendee = z.output<typeof attendeeSchema>;
export type Conclusion = z.output<typeof conclusionSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type ProgrammeItem = z.output<typeof programmeItemSchema>;
export type Programme = z.output<typeof programmeSchema>;
export type Signer = z.output<typeof signerSchema>;
export type SignerChainLink = z.output<typeof signerChainLinkSchema>;
export type Appendix = z.output<typeof appendixSchema>;
export type OfficialDocument = z.output<typeof documentSchema>;
export type ExchangeFile = z.output<typeof exchangeFileSchema>;

export type OrganizationFamily = (typeof organizationFamilies)[number];
export type MeetingKind = (typeof meetingKinds)[number];
export type AttendeeRole = (typeof attendeeRoles)[number];
export type DocumentType = (typeof documentTypes)[number];
export type TaskStatus = (typeof taskStatuses)[number];

/** The collections of a file, in the order they are written and imported (referenced before referencing). */
export const exchangeCollections = [
  'organizations',
  'people',
  'meetings',
  'programmes',
  'documents',
] as const;
export type ExchangeCollection = (typeof exchangeCollections)[number];
