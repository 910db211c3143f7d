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
  /** A Party giấy mời's abbreviation in its ký hiệu: HD 36/05 gives none (format spec §2.4), GM by default. */
  partyInvitationSymbol: z
    .string()
    .trim()
    .regex(/^[\p{Lu}\p{Ll}0-9]{1,10}$/u, { error: 'chỉ gồm chữ và số, tối đa 10 ký tự' })
    .default('GM'),
});

export type OfficeProfile = z.output<typeof officeProfileSchema>;
export type OfficeProfileInput = z.input<typeof officeProfileSchema>;
