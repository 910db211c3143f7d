// What a document needs before it is issued (a number is taken and the document frozen): its number and
// date, each signature block's position and signer's name, one block per issuing body on a joint document,
// and, for a Party document, Party issuers that its blocks sign for. The refusal names everything missing.
import type { Stored } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { OfficialDocument, Organization } from '../../shared/exchange';
import type { Repos } from '../db/repos';

export interface Missing {
  /** What is missing, in Vietnamese, as the message lists it. */
  what: string;
  path: string;
}

export function missingForIssue(
  repos: Pick<Repos, 'organizations' | 'people'>,
  doc: Pick<OfficialDocument, 'issuerIds' | 'signers' | 'number' | 'issuedOn'>,
): Missing[] {
  const missing: Missing[] = [];
  if (!doc.number) missing.push({ what: 'số văn bản', path: 'number' });
  if (!doc.issuedOn) missing.push({ what: 'ngày ban hành', path: 'issuedOn' });
  const issuers = doc.issuerIds.map((id) => repos.organizations.get(id));
  const lead = issuers[0];
  if (!lead) missing.push({ what: 'cơ quan ban hành', path: 'issuerIds' });
  const signers = doc.signers ?? [];
  if (signers.length === 0) missing.push({ what: 'người ký (quyền hạn, chức vụ, họ tên)', path: 'signers' });
  signers.forEach((signer, i) => {
    const nth = signers.length > 1 ? ` thứ ${i + 1}` : '';
    if (!signer.position.trim())
      missing.push({ what: `chức vụ của người ký${nth}`, path: `signers[${i}].position` });
    const person = signer.personId ? repos.people.get(signer.personId) : undefined;
    if (!person?.fullName.trim())
      missing.push({ what: `họ tên người ký${nth}`, path: `signers[${i}].personId` });
  });
  const known = issuers.filter((o): o is Stored<Organization> => o !== undefined);
  if (known.length > 1)
    known.forEach((org) => {
      if (!signers.some((s) => s.organizationId === org.id))
        missing.push({ what: `khối chữ ký của ${org.name}`, path: 'signers' });
    });
  if (lead?.family === 'party') {
    known.forEach((org, i) => {
      if (org.family !== 'party')
        missing.push({
          what: `cơ quan đảng ban hành (${org.name} là cơ quan nhà nước)`,
          path: `issuerIds[${i}]`,
        });
    });
    // A block signs for one of the issuing bodies (T/M BAN THƯỜNG VỤ of which committee?).
    signers.forEach((signer, i) => {
      const body = signer.organizationId ? repos.organizations.get(signer.organizationId) : undefined;
      if (body && !doc.issuerIds.includes(body.id))
        missing.push({
          what: `cơ quan đảng ban hành của khối chữ ký${signers.length > 1 ? ` thứ ${i + 1}` : ''} (${body.name} không ban hành văn bản này)`,
          path: `signers[${i}].organizationId`,
        });
    });
  }
  return missing;
}

/** Refuses with E_DOC_INCOMPLETE and the list of what is missing, the first missing field as the path. */
export function assertIssuable(
  repos: Pick<Repos, 'organizations' | 'people'>,
  doc: Pick<OfficialDocument, 'issuerIds' | 'signers' | 'number' | 'issuedOn'>,
): void {
  const missing = missingForIssue(repos, doc);
  if (missing.length === 0) return;
  throw new AppError(
    'E_DOC_INCOMPLETE',
    `Chưa ban hành được văn bản, còn thiếu: ${missing.map((m) => m.what).join('; ')}.`,
    { path: missing[0]!.path },
  );
}
