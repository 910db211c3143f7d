// The number a document prints (`05/TB-UBND`, `05-CTr/TU`), for lists, messages and the register: the
// family of the lead issuing body and the document's symbol, or the symbol its issuers and type give it,
// exactly as the DOCX header prints them.
import { printedNumber, type NumberPreview } from '../../shared/document-number';
import type { OfficialDocument, Organization, OrganizationFamily } from '../../shared/exchange';
import type { ServiceContext } from '../services/context';
import type { RegisterService } from '../services/register';
import { defaultSymbol, officeProfile } from './model';
import { rulesFor } from './rules';

export interface PrintedSeries {
  family: OrganizationFamily;
  symbol: string;
}

type SeriesFields = Pick<OfficialDocument, 'issuerIds' | 'type'> & { symbol?: string | null | undefined };

/**
 * Resolves series for many documents at once (a page of the list): each body and the office profile are
 * read once. Null for a document whose lead issuer is missing.
 */
export function seriesResolver(ctx: ServiceContext) {
  const orgs = new Map<string, Organization | undefined>();
  const org = (id: string) => {
    if (!orgs.has(id)) orgs.set(id, ctx.repos.organizations.get(id));
    return orgs.get(id);
  };
  let invitationSymbol: string | undefined;
  const partyInvitationSymbol = () => (invitationSymbol ??= officeProfile(ctx).partyInvitationSymbol);

  // A list holds a handful of series: each is worked out once.
  const known = new Map<string, PrintedSeries | null>();
  const seriesOf = (doc: SeriesFields): PrintedSeries | null => {
    const key = `${doc.type}\u0000${doc.symbol ?? ''}\u0000${doc.issuerIds.join(',')}`;
    if (!known.has(key)) known.set(key, resolve(doc));
    return known.get(key) ?? null;
  };
  const resolve = (doc: SeriesFields): PrintedSeries | null => {
    const issuers = doc.issuerIds.map(org).filter((o): o is Organization => o !== undefined);
    const lead = doc.issuerIds[0] === undefined ? undefined : org(doc.issuerIds[0]);
    if (!lead) return null;
    const rules = rulesFor(lead.family);
    const own = doc.symbol?.trim();
    const symbol = own || defaultSymbol(rules, doc.type, issuers, partyInvitationSymbol());
    return { family: lead.family, symbol };
  };
  return {
    seriesOf,
    /** `05/TB-UBND`; null without a number. */
    printedOf(doc: SeriesFields & { number?: number | null | undefined }): string | null {
      if (doc.number == null) return null;
      const series = seriesOf(doc);
      return series ? printedNumber(series.family, doc.number, series.symbol) : String(doc.number);
    },
  };
}

/** What the register would print for a draft issued on `issuedOn`, with `chosen` or the next number. */
export function previewNumber(
  ctx: ServiceContext,
  register: Pick<RegisterService, 'peekNext' | 'holderOf'>,
  doc: SeriesFields,
  issuedOn: string,
  chosen?: number,
): NumberPreview {
  const lead = doc.issuerIds[0] ?? '';
  const next = register.peekNext(lead, doc.type, issuedOn); // E_NOT_FOUND for a missing body
  const series = seriesResolver(ctx).seriesOf(doc) as PrintedSeries;
  const holder = chosen === undefined ? undefined : register.holderOf(lead, doc.type, issuedOn, chosen);
  return {
    next,
    printed: printedNumber(series.family, chosen ?? next, series.symbol),
    ...series,
    usedBy: holder ? { id: holder.id, summary: holder.summary, issuedOn: holder.issued_on ?? '' } : null,
  };
}
