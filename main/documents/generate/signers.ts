// Who signs a generated draft: one block per issuing body (a joint document has one for each, the lead
// body's on the right, format spec §1.6/§2.5), each with its own body's usual chain (a Ban Chỉ đạo signs
// TM. BAN CHỈ ĐẠO / TRƯỞNG BAN, never the Văn phòng's TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG).
import type { Stored, StoredMeeting } from '../../../shared/domain';
import type { Organization, Signer } from '../../../shared/exchange';
import { chainOf, signerFromPreset, signerPresetsFor } from '../../../shared/signers';
import type { DraftBase, GeneratorServices } from './common';
import { chairsOf, type Person } from './meeting-facts';
import { titleForIssuer } from './summary';

/** The chair (or co-chair) of the meeting who belongs to `org`, with the title they held for it. */
function chairOf(s: GeneratorServices, m: StoredMeeting | undefined, org: Organization): Person | undefined {
  if (!m) return undefined;
  const chairs = chairsOf(s, m);
  const attendees = m.attendees ?? [];
  return chairs.find((c) => attendees.some((a) => a.personId === c.personId && a.organizationId === org.id));
}

/** One body's block: the office's own default signer for it, else its usual chain with its chair. */
export function signerFor(s: GeneratorServices, org: Stored<Organization>, m?: StoredMeeting): Signer {
  // A default signer from Cài đặt signs only for its own body: the one it names, else (none named) the
  // office's default issuer, or a body whose usual chains it matches — the Văn phòng's TL. CHỦ TỊCH /
  // CHÁNH VĂN PHÒNG never lands on a Ban Chỉ đạo's notice.
  const profile = s.settings.get();
  const usual = signerPresetsFor(org);
  const fits = (d: Signer) =>
    usual.some(
      (p) =>
        p.position === d.position.toLocaleUpperCase('vi') &&
        p.chain.map((l) => l.authority).join() ===
          chainOf(d)
            .map((l) => l.authority)
            .join(),
    );
  const preset = profile.defaultSigners.find((d) =>
    d.organizationId
      ? d.organizationId === org.id
      : profile.defaultIssuerId
        ? profile.defaultIssuerId === org.id
        : fits(d),
  );
  if (preset) return preset;
  const chair = chairOf(s, m, org);
  const title = chair ? titleForIssuer(chair.position, org) : '';
  const presets = usual;
  // A deputy chairing for the body signs with the deputy's chain (KT. … / PHÓ …).
  const deputy = /^phó\s/iu.test(title) ? presets.find((p) => /^PHÓ\s/u.test(p.position)) : undefined;
  const chosen = deputy ?? presets[0];
  const person = chair ? { personId: chair.personId } : {};
  if (chosen) return { ...signerFromPreset(chosen, org.id), ...person };
  return {
    organizationId: org.id,
    position: (title || 'Thủ trưởng cơ quan').toLocaleUpperCase('vi'),
    ...person,
  };
}

/** The blocks of a draft: one per issuing body, the lead body last (on the right). */
export function issuerSigners(s: GeneratorServices, base: DraftBase, m?: StoredMeeting): Signer[] {
  const [lead, ...others] = base.issuers;
  return [...others, lead!].map((org) => signerFor(s, org, m));
}
