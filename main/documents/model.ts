// Everything the layout needs about one document, loaded and checked before any DOCX is built:
// an invalid document is refused with E_DOC_INVALID and nothing is written.
import type { Stored } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { OfficialDocument, Organization } from '../../shared/exchange';
import type { ServiceContext } from '../services/context';
import { found } from '../services/guards';
import { authorityLine, dateLine, numberLine } from './format';
import { rulesFor, type RuleSet } from './rules';

export interface HeaderLine {
  text: string;
  /** The parent body's line: not bold (NĐ 30 ô 2). */
  parent: boolean;
}

export interface SignatureBlock {
  authority: string;
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
}

const invalid = (message: string, path: string) => new AppError('E_DOC_INVALID', message, { path });

const typeSymbol = { 'conclusion-notice': 'TB', 'coordination-programme': 'CTr', minutes: 'BB' } as const;

/** `TB-VPUB` (state) or `TB/ĐUK`, `CTr/BCSĐ-ĐUK` (Party) when the document has no symbol of its own. */
export function defaultSymbol(
  rules: RuleSet,
  type: OfficialDocument['type'],
  issuers: Organization[],
): string {
  const bodies = issuers
    .map((o) => o.symbol ?? '')
    .filter(Boolean)
    .join('-');
  return rules.family === 'state' ? `${typeSymbol[type]}-${bodies}` : `${typeSymbol[type]}/${bodies}`;
}

/** NĐ 30 ô 2 allows the usual abbreviations in the parent body's name: "UBND TỈNH NGHỆ AN". */
const parentAbbreviations: [RegExp, string][] = [
  [/ỦY BAN NHÂN DÂN/g, 'UBND'],
  [/HỘI ĐỒNG NHÂN DÂN/g, 'HĐND'],
];

export function parentLineOf(parent: Stored<Organization>): string {
  const full = (parent.headerLines ?? [parent.name]).join(' ').toLocaleUpperCase('vi');
  return parentAbbreviations.reduce((text, [pattern, short]) => text.replace(pattern, short), full);
}

// `headerLines` are the body's own name as printed (exchange format). A state body under another
// prints its parent first, not bold (ô 2); Party headers list the body's own lines only.
function headerLinesOf(ctx: ServiceContext, rules: RuleSet, org: Stored<Organization>): HeaderLine[] {
  const own = (org.headerLines ?? [org.name]).map((text) => ({
    text: text.toLocaleUpperCase('vi'),
    parent: false,
  }));
  const parent = org.parentId ? ctx.repos.organizations.get(org.parentId) : undefined;
  if (rules.family === 'state' && parent) return [{ text: parentLineOf(parent), parent: true }, ...own];
  return own;
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
      authority: authorityLine(rules, signer.authority, signer.authorityBody),
      position: signer.position.toLocaleUpperCase('vi'),
      name: person?.fullName ?? '',
    };
  });
  const symbol = doc.symbol?.trim() || defaultSymbol(rules, doc.type, issuers);
  const place = doc.place?.trim() || lead.place?.trim() || '';
  return {
    doc,
    rules,
    issuers,
    headerLines: issuers.flatMap((org) => headerLinesOf(ctx, rules, org)),
    symbol,
    numberText: numberLine(rules, doc.number, symbol),
    dateText: doc.type === 'minutes' && rules.family === 'state' ? null : dateLine(place, doc.issuedOn),
    signatures,
    recipients: doc.recipients ?? [],
  };
}
