// Everything the layout needs about one document, loaded and checked before any DOCX is built:
// an invalid document is refused with E_DOC_INVALID and nothing is written.
import type { Stored } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { OfficialDocument, Organization } from '../../shared/exchange';
import { officeProfileSchema, type OfficeProfile } from '../../shared/settings';
import { authorityText, chainOf } from '../../shared/signers';
import { OFFICE_PROFILE_KEY } from '../services/settings';
import type { ServiceContext } from '../services/context';
import { found } from '../services/guards';
import { documentTypeFacts } from './document-types';
import { headerLinesFor, type HeaderLine } from './header-lines';
import { dateLine, numberLine } from './format';
import { rulesFor, type RuleSet } from './rules';

/** The office profile (Cài đặt) as stored, its defaults where it has none. */
export function officeProfile(ctx: ServiceContext): OfficeProfile {
  const parsed = officeProfileSchema.safeParse(ctx.repos.settings.get(OFFICE_PROFILE_KEY) ?? {});
  return parsed.success ? parsed.data : officeProfileSchema.parse({});
}

export type { HeaderLine };

export interface SignatureBlock {
  /** The authority lines, top-down: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH` (none when signing in one's own name). */
  authorities: string[];
  position: string;
  name: string;
}

export interface ExportModel {
  doc: Stored<OfficialDocument>;
  rules: RuleSet;
  issuers: Stored<Organization>[];
  headerLines: HeaderLine[];
  symbol: string;
  numberText: string;
  /** Null for a biên bản: Mẫu 1.9 has no place and date line. */
  dateText: string | null;
  signatures: SignatureBlock[];
  recipients: string[];
  /** A công văn's trích yếu ("V/v …") under the number (ô 5b); null for a document with a type name. */
  letterSummary: string | null;
}

/** `V/v triển khai …`: the rule's prefix added unless the author wrote it. */
export function letterSummaryOf(rules: RuleSet, summary: string): string {
  const text = summary.trim();
  const prefix = rules.letter.summaryPrefix;
  if (!prefix || !text || text.toLocaleLowerCase('vi').startsWith(prefix.trim().toLocaleLowerCase('vi')))
    return text;
  return `${prefix}${text}`;
}

const invalid = (message: string, path: string) => new AppError('E_DOC_INVALID', message, { path });

/**
 * `TB-VPUB` (state) or `TB/ĐUK`, `CTr/BCSĐ-ĐUK` (Party) when the document has no symbol of its own. A state
 * công văn has no type abbreviation (`UBND`, to which the drafting unit is added: `UBND-VX`).
 */
export function defaultSymbol(
  rules: RuleSet,
  type: OfficialDocument['type'],
  issuers: Organization[],
  partyInvitationSymbol = documentTypeFacts.invitation.partySymbol,
): string {
  const bodies = issuers
    .map((o) => o.symbol ?? '')
    .filter(Boolean)
    .join('-');
  const facts = documentTypeFacts[type];
  if (rules.family === 'party')
    return `${type === 'invitation' ? partyInvitationSymbol : facts.partySymbol}/${bodies}`;
  return facts.stateSymbol ? `${facts.stateSymbol}-${bodies}` : bodies;
}

export function loadExportModel(ctx: ServiceContext, documentId: string): ExportModel {
  return exportModelOf(ctx, found(ctx.repos.documents.get(documentId), 'văn bản', documentId));
}

/** The model of a document held in memory, never saved (the report on conclusions, built on the fly). */
export function exportModelOf(ctx: ServiceContext, doc: Stored<OfficialDocument>): ExportModel {
  if (doc.issuerIds.length === 0) throw invalid('Văn bản chưa có cơ quan ban hành.', 'issuerIds');
  const issuers = doc.issuerIds.map((id, i) => {
    const org = ctx.repos.organizations.get(id);
    if (!org) throw invalid(`Không tìm thấy cơ quan ban hành thứ ${i + 1} (mã ${id}).`, `issuerIds[${i}]`);
    return org;
  });
  const lead = issuers[0] as Stored<Organization>;
  const rules = rulesFor(lead.family);
  const signatures = (doc.signers ?? []).map((signer, i) => {
    if (!signer.position?.trim())
      throw invalid(`Người ký thứ ${i + 1} chưa có chức vụ.`, `signers[${i}].position`);
    const person = signer.personId ? ctx.repos.people.get(signer.personId) : undefined;
    if (signer.personId && !person)
      throw invalid(
        `Không tìm thấy người ký thứ ${i + 1} (mã ${signer.personId}).`,
        `signers[${i}].personId`,
      );
    return {
      authorities: chainOf(signer).map((link) => authorityText(rules.family, link)),
      position: signer.position.toLocaleUpperCase('vi'),
      name: person?.fullName ?? '',
    };
  });
  const symbol =
    doc.symbol?.trim() || defaultSymbol(rules, doc.type, issuers, officeProfile(ctx).partyInvitationSymbol);
  const place = doc.place?.trim() || lead.place?.trim() || '';
  return {
    doc,
    rules,
    issuers,
    headerLines: headerLinesFor(issuers, (org) =>
      org.parentId ? ctx.repos.organizations.get(org.parentId) : undefined,
    ),
    symbol,
    numberText: numberLine(rules, doc.number, symbol),
    dateText: doc.type === 'minutes' && rules.family === 'state' ? null : dateLine(place, doc.issuedOn),
    signatures,
    recipients: doc.recipients ?? [],
    letterSummary: doc.type === 'official-letter' ? letterSummaryOf(rules, doc.summary) : null,
  };
}
