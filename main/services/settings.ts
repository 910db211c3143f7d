// The office profile (Cài đặt). Stored as one JSON value; the Party term start is the register's
// office-wide default, so numbering and this screen can never disagree.
import { AppError } from '../../shared/errors';
import { officeProfileSchema, type OfficeProfile } from '../../shared/settings';
import type { ServiceContext } from './context';
import { writing } from './guards';
import { DEFAULT_PARTY_TERM_KEY } from './register';

export const OFFICE_PROFILE_KEY = 'office.profile';

export function createSettingsService({ db, repos }: ServiceContext) {
  function get(): OfficeProfile {
    const stored = officeProfileSchema.safeParse(repos.settings.get(OFFICE_PROFILE_KEY) ?? {});
    const profile = stored.success ? stored.data : officeProfileSchema.parse({});
    const term = repos.settings.get(DEFAULT_PARTY_TERM_KEY);
    return { ...profile, partyTermStart: typeof term === 'string' ? term : null };
  }
  return {
    get,
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
