// Numbering of outgoing documents. State bodies number per calendar year (Nghị định 30/2020/NĐ-CP);
// Party bodies number through the committee's term (nhiệm kỳ), which the user sets.
import { AppError } from '../../shared/errors';
import type { DocumentType, OrganizationFamily } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { found, writing } from './guards';

export const DEFAULT_PARTY_TERM_KEY = 'register.defaultPartyTermStart';

/** The register period a document issued on `issuedOn` belongs to, or null when no Party term covers it. */
export function registerPeriod(
  family: OrganizationFamily,
  issuedOn: string,
  termStarts: readonly string[],
): string | null {
  if (family === 'state') return issuedOn.slice(0, 4);
  const start = [...termStarts]
    .sort()
    .filter((s) => s <= issuedOn)
    .pop();
  return start === undefined ? null : `nhiem-ky:${start}`;
}

export function createRegisterService({ db, repos }: ServiceContext) {
  /** Term starts for a Party body: its own, else its nearest Party ancestor's, else the office default. */
  function termStartsFor(organizationId: string): string[] {
    for (let org = repos.organizations.get(organizationId), depth = 0; org && depth < 20; depth++) {
      const own = repos.register.termStarts(org.id);
      if (own.length > 0) return own;
      org = org.parentId ? repos.organizations.get(org.parentId) : undefined;
    }
    const fallback = repos.settings.get(DEFAULT_PARTY_TERM_KEY);
    return typeof fallback === 'string' ? [fallback] : [];
  }

  function periodFor(issuerId: string, issuedOn: string): string {
    const issuer = found(repos.organizations.get(issuerId), 'cơ quan ban hành', issuerId);
    const period = registerPeriod(
      issuer.family,
      issuedOn,
      issuer.family === 'party' ? termStartsFor(issuerId) : [],
    );
    if (period === null)
      throw new AppError(
        'E_REGISTER_NO_TERM',
        `Chưa đặt ngày bắt đầu nhiệm kỳ cho ${issuer.name} (trước ngày ${issuedOn}). Vào Cài đặt để đặt nhiệm kỳ rồi ban hành lại.`,
      );
    return period;
  }

  return {
    periodFor,
    termStartsFor,
    /** The number the next document would get, without taking it. */
    peekNext(issuerId: string, type: DocumentType, issuedOn: string): number {
      return repos.register.last(issuerId, type, periodFor(issuerId, issuedOn)) + 1;
    },
    /** Takes a number. Call inside the transaction that stamps it on the document. */
    allocate(issuerId: string, type: DocumentType, issuedOn: string): number {
      return repos.register.allocate(issuerId, type, periodFor(issuerId, issuedOn));
    },
    /** Keeps the counter ahead of a number issued elsewhere (an imported, already issued document). */
    recordIssued(issuerId: string, type: DocumentType, issuedOn: string, number: number): void {
      const issuer = repos.organizations.get(issuerId);
      if (!issuer) return;
      const period = registerPeriod(
        issuer.family,
        issuedOn,
        issuer.family === 'party' ? termStartsFor(issuerId) : [],
      );
      if (period !== null) repos.register.raiseTo(issuerId, type, period, number);
    },
    setTermStart(organizationId: string, startsOn: string): void {
      found(repos.organizations.get(organizationId), 'cơ quan', organizationId);
      writing(() => db.transaction(() => repos.register.addTermStart(organizationId, startsOn))());
    },
    removeTermStart(organizationId: string, startsOn: string): void {
      writing(() => db.transaction(() => repos.register.removeTermStart(organizationId, startsOn))());
    },
    setDefaultTermStart(startsOn: string | null): void {
      writing(() => db.transaction(() => repos.settings.set(DEFAULT_PARTY_TERM_KEY, startsOn))());
    },
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
