// Numbering of outgoing documents. State bodies number per calendar year (Nghị định 30/2020/NĐ-CP);
// Party bodies number through the committee's term (nhiệm kỳ), which the user sets.
import { AppError } from '../../shared/errors';
import type { DocumentType, OrganizationFamily } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { found, writing } from './guards';

/** `2026-03-05` → `05/03/2026`, as every screen and message shows a date. */
const displayDate = (iso: string): string => iso.split('-').reverse().join('/');

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

  /** The issued document of the series that already carries `number`, if any. */
  function holderOf(issuerId: string, type: DocumentType, issuedOn: string, number: number) {
    const period = periodFor(issuerId, issuedOn);
    return repos.register
      .issuedWith(issuerId, type, number)
      .find((d) => d.issued_on !== null && periodFor(issuerId, d.issued_on) === period);
  }

  return {
    periodFor,
    holderOf,
    termStartsFor,
    /** The number the next document would get, without taking it. */
    peekNext(issuerId: string, type: DocumentType, issuedOn: string): number {
      return repos.register.last(issuerId, type, periodFor(issuerId, issuedOn)) + 1;
    },
    /** Takes a number. Call inside the transaction that stamps it on the document. */
    allocate(issuerId: string, type: DocumentType, issuedOn: string): number {
      return repos.register.allocate(issuerId, type, periodFor(issuerId, issuedOn));
    },
    /**
     * Takes a number the văn thư gave on paper. Refused (E_REGISTER_NUMBER_USED) when a document of the
     * same series (issuer, type, period) already carries it; otherwise the counter is kept ahead of it, so
     * the next automatic number does not collide. `printed` shows a number as the document prints it.
     */
    takeChosen(
      issuerId: string,
      type: DocumentType,
      issuedOn: string,
      number: number,
      printed: (n: number) => string,
    ): number {
      const period = periodFor(issuerId, issuedOn);
      const holder = holderOf(issuerId, type, issuedOn, number);
      if (holder) {
        const next = repos.register.last(issuerId, type, period) + 1;
        throw new AppError(
          'E_REGISTER_NUMBER_USED',
          `Số ${printed(number)} đã dùng cho văn bản “${holder.summary || 'không trích yếu'}” ban hành ngày ${displayDate(holder.issued_on ?? '')}. Hãy nhập số khác, hoặc để trống để lấy số tiếp theo (${printed(next)}).`,
          { path: 'number' },
        );
      }
      repos.register.raiseTo(issuerId, type, period, number);
      return number;
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
