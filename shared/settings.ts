// The office profile (Cài đặt): defaults used when a new document is drafted, and the Party term start
// used for numbering Party documents when a body has no term of its own.
import { z } from 'zod';
import { dateSchema, idSchema, signerSchema, TEXT_LIMITS } from './exchange';

export const officeProfileSchema = z.object({
  defaultIssuerId: idSchema.nullable().default(null),
  place: z.string().max(200).default(''),
  defaultSigners: z.array(signerSchema).max(10).default([]),
  defaultRecipients: z.array(z.string().max(TEXT_LIMITS.short)).max(500).default([]),
  partyTermStart: dateSchema.nullable().default(null),
});

export type OfficeProfile = z.output<typeof officeProfileSchema>;
export type OfficeProfileInput = z.input<typeof officeProfileSchema>;
