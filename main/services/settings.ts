// The office profile (Cài đặt). Stored as one JSON value; the Party term start is the register's
// office-wide default, so numbering and this screen can never disagree.
import { AppError } from '../../shared/errors';
import type { Signer } from '../../shared/exchange';
import { officeProfileSchema, type OfficeProfile } from '../../shared/settings';
import type { ServiceContext } from './context';
import { writing } from './guards';
import { DEFAULT_PARTY_TERM_KEY } from './register';

export const OFFICE_PROFILE_KEY = 'office.profile';

export function createSettingsService({ db, repos }: ServiceContext) {
  function stored(): Omit<OfficeProfile, 'partyTermStart'> {
    const parsed = officeProfileSchema.safeParse(repos.settings.get(OFFICE_PROFILE_KEY) ?? {});
    // The term start is stored under the register's key, never in the profile.
    const { partyTermStart: _term, ...profile } = parsed.success
      ? parsed.data
      : officeProfileSchema.parse({});
    return profile;
  }
  /** A signer whose person left the directory (deleted, or a restore without them) signs without a name. */
  function withKnownPeople(signers: Signer[]): Signer[] {
    return signers.map(({ personId, ...signer }) =>
      personId && repos.people.updatedAt(personId) !== undefined ? { ...signer, personId } : signer,
    );
  }
  function get(): OfficeProfile {
    const profile = stored();
    const term = repos.settings.get(DEFAULT_PARTY_TERM_KEY);
    return {
      ...profile,
      defaultSigners: withKnownPeople(profile.defaultSigners),
      partyTermStart: typeof term === 'string' ? term : null,
    };
  }
  return {
    get,
    /** Default signers who were `fromIds` become `toId` (people merged into one). Call in a transaction. */
    replaceSignerPerson(fromIds: readonly string[], toId: string): void {
      const profile = stored();
      if (!profile.defaultSigners.some((s) => s.personId && fromIds.includes(s.personId))) return;
      repos.settings.set(OFFICE_PROFILE_KEY, {
        ...profile,
        defaultSigners: profile.defaultSigners.map((s) =>
          s.personId && fromIds.includes(s.personId) ? { ...s, personId: toId } : s,
        ),
      });
    },
    save(input: OfficeProfile): OfficeProfile {
      if (input.defaultIssuerId && repos.organizations.updatedAt(input.defaultIssuerId) === undefined)
        throw new AppError('E_VALIDATION', 'Không tìm thấy cơ quan ban hành mặc định đã chọn.', {
          path: 'defaultIssuerId',
        });
      input.defaultSigners.forEach((signer, i) => {
        if (signer.personId && repos.people.updatedAt(signer.personId) === undefined)
          throw new AppError('E_VALIDATION', `Không tìm thấy người ký thứ ${i + 1} trong danh bạ cán bộ.`, {
            path: `defaultSigners[${i}].personId`,
          });
      });
      const { partyTermStart, ...profile } = input;
      writing(() =>
        db.transaction(() => {
          repos.settings.set(OFFICE_PROFILE_KEY, profile);
          repos.settings.set(DEFAULT_PARTY_TERM_KEY, partyTermStart);
        })(),
      );
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
