// What every generated draft shares: the issuer's rules, place, default signers and recipients, saving.
import { randomUUID } from 'node:crypto';
import type { Stored } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { OfficialDocument, Organization } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { actingBodyName } from '../../../shared/signers';
import type { Services } from '../../services';
import { defaultSymbol } from '../model';
import { rulesFor, type RuleSet } from '../rules';

export type GeneratorServices = Pick<
  Services,
  'ctx' | 'documents' | 'settings' | 'meetings' | 'programmes' | 'organizations' | 'people'
>;

export interface DraftBase {
  issuers: Stored<Organization>[];
  rules: RuleSet;
  lead: Stored<Organization>;
}

export function draftBase(s: GeneratorServices, issuerIds: string[]): DraftBase {
  if (issuerIds.length === 0)
    throw new AppError('E_DOC_INVALID', 'Chưa có cơ quan ban hành.', { path: 'issuerIds' });
  const issuers = issuerIds.map((id) => s.organizations.get(id));
  const lead = issuers[0] as Stored<Organization>;
  return { issuers, lead, rules: rulesFor(lead.family) };
}

/**
 * Nơi nhận as stored and printed: each line ends with `;` (Party `,`), the last (Lưu …) with `.`; what the
 * author typed is kept.
 */
export function punctuated(rules: RuleSet, recipients: readonly string[]): string[] {
  const mark = rules.family === 'state' ? ';' : ',';
  return recipients.map((r, i) => {
    const text = r.trim();
    if (/[.;,]$/.test(text)) return text;
    return `${text}${i === recipients.length - 1 ? '.' : mark}`;
  });
}

export function saveDraft(
  s: GeneratorServices,
  base: DraftBase,
  fields: Pick<OfficialDocument, 'type' | 'summary' | 'body' | 'signers' | 'recipients'> &
    Partial<Pick<OfficialDocument, 'addressees' | 'appendices'>> & {
      meetingId?: string | null;
      programmeId?: string | null;
    },
): Stored<OfficialDocument> {
  const profile = s.settings.get();
  const recipients = punctuated(
    base.rules,
    profile.defaultRecipients.length > 0 ? profile.defaultRecipients : (fields.recipients ?? []),
  );
  const doc: OfficialDocument = {
    id: randomUUID(),
    type: fields.type,
    status: 'draft',
    issuerIds: base.issuers.map((o) => o.id),
    number: null,
    issuedOn: null,
    symbol: defaultSymbol(base.rules, fields.type, base.issuers, profile.partyInvitationSymbol),
    place: profile.place || base.lead.place || '',
    summary: fields.summary.normalize('NFC'),
    body: fields.body as RichTextNode,
    signers: fields.signers,
    recipients,
    ...(fields.addressees?.length ? { addressees: fields.addressees } : {}),
    ...(fields.appendices?.length ? { appendices: fields.appendices } : {}),
    ...(fields.meetingId ? { meetingId: fields.meetingId } : {}),
    ...(fields.programmeId ? { programmeId: fields.programmeId } : {}),
  };
  return s.documents.saveDraft(doc);
}

export const archiveLine = (rules: RuleSet): string =>
  rules.family === 'state' ? 'Lưu: VT.' : 'Lưu Văn phòng.';

/** The issuing bodies as running text names them: a Party committee through its Ban Thường vụ. */
export function issuerNamesOf(base: DraftBase): string {
  const names = base.issuers.map((o) => (o.family === 'party' ? actingBodyName(o) : o.name));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}` : names[0]!;
}
