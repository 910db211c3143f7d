// Issuing a document through the IPC contract (the path the Ban hành button takes): refused with
// E_DOC_INCOMPLETE and a Vietnamese list of what is missing, the document left a draft and the number
// not used up; issued once the signer is complete.
import { describe, expect, it } from 'vitest';
import { demoIds, demoPartyTermStart } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { OfficialDocument } from '../../../shared/exchange';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

const body = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung./.' }] }],
};
let n = 0;
async function draft(
  t: TestDb,
  fields: Partial<OfficialDocument> & Pick<OfficialDocument, 'issuerIds'>,
): Promise<string> {
  n++;
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  const saved = await dispatch(handlers, 'documents.saveDraft', {
    id: `9a1e2b3c-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'invitation',
    summary: 'Dự hội nghị',
    body,
    status: 'draft',
    ...fields,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return (saved.value as OfficialDocument).id;
}

async function issue(t: TestDb, id: string) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  return dispatch(handlers, 'documents.issue', { id, issuedOn: '2027-01-05' });
}

describe('issuing guard', () => {
  it('refuses a document without signer name and position, says what is missing, and uses no number', async () => {
    const t = withDemo();
    const id = await draft(t, {
      issuerIds: [demoIds.vpub],
      signers: [
        {
          organizationId: demoIds.vpub,
          position: 'CHÁNH VĂN PHÒNG',
          chain: [{ authority: 'TL', body: 'CHỦ TỊCH' }],
        },
      ],
    });
    const refused = await issue(t, id);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'E_DOC_INCOMPLETE',
        message: 'Chưa ban hành được văn bản, còn thiếu: họ tên người ký.',
        path: 'signers[0].personId',
      },
    });
    expect(t.services.documents.get(id)).toMatchObject({ status: 'draft', number: null, issuedOn: null });

    const none = await draft(t, { issuerIds: [demoIds.vpub] });
    const nobody = await issue(t, none);
    expect(nobody.ok === false && nobody.error.message).toBe(
      'Chưa ban hành được văn bản, còn thiếu: người ký (quyền hạn, chức vụ, họ tên).',
    );

    // Completed, it is issued — with number 1: the refusals took none from the register.
    const doc = t.services.documents.get(id);
    t.services.documents.saveDraft({
      ...doc,
      signers: [{ ...doc.signers![0]!, personId: demoIds.leDinhSon }],
    });
    const issued = await issue(t, id);
    expect(issued.ok && issued.value).toMatchObject({ status: 'issued', number: 1, issuedOn: '2027-01-05' });
  });

  it('asks for one signature block per issuing body on a joint document, naming the body', async () => {
    const t = withDemo();
    const id = await draft(t, {
      type: 'plan',
      issuerIds: [demoIds.ubnd, demoIds.hdnd],
      signers: [
        {
          organizationId: demoIds.ubnd,
          position: 'CHỦ TỊCH',
          personId: demoIds.leDinhSon,
          chain: [{ authority: 'TM', body: 'ỦY BAN NHÂN DÂN' }],
        },
      ],
    });
    const refused = await issue(t, id);
    expect(refused.ok === false && refused.error).toMatchObject({
      code: 'E_DOC_INCOMPLETE',
      message: 'Chưa ban hành được văn bản, còn thiếu: khối chữ ký của Hội đồng nhân dân tỉnh Nghệ An.',
    });
  });

  it('asks a Party document for its Party issuer: a state co-issuer or a block signed for another body is refused', async () => {
    const t = withDemo();
    t.services.register.setDefaultTermStart(demoPartyTermStart);
    const mixed = await draft(t, {
      type: 'report',
      issuerIds: [demoIds.duk, demoIds.ubnd],
      signers: [
        { organizationId: demoIds.duk, position: 'BÍ THƯ', personId: demoIds.nguyenNamDinh },
        { organizationId: demoIds.ubnd, position: 'CHỦ TỊCH', personId: demoIds.leDinhSon },
      ],
    });
    const refused = await issue(t, mixed);
    expect(refused.ok === false && refused.error).toMatchObject({
      code: 'E_DOC_INCOMPLETE',
      message:
        'Chưa ban hành được văn bản, còn thiếu: cơ quan đảng ban hành (Ủy ban nhân dân tỉnh Nghệ An là cơ quan nhà nước).',
      path: 'issuerIds[1]',
    });

    const elsewhere = await draft(t, {
      type: 'report',
      issuerIds: [demoIds.duk],
      signers: [
        {
          organizationId: demoIds.bcsd,
          position: 'BÍ THƯ',
          personId: demoIds.nguyenNamDinh,
          chain: [{ authority: 'TM', body: 'BAN CÁN SỰ ĐẢNG' }],
        },
      ],
    });
    const wrong = await issue(t, elsewhere);
    expect(wrong.ok === false && wrong.error.message).toBe(
      'Chưa ban hành được văn bản, còn thiếu: cơ quan đảng ban hành của khối chữ ký (Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An không ban hành văn bản này).',
    );

    const alone = await draft(t, {
      type: 'report',
      issuerIds: [demoIds.duk],
      signers: [
        {
          organizationId: demoIds.duk,
          position: 'PHÓ BÍ THƯ',
          personId: demoIds.nguyenNamDinh,
          chain: [{ authority: 'TM', body: 'BAN THƯỜNG VỤ' }],
        },
      ],
    });
    const issued = await issue(t, alone);
    expect(issued.ok && issued.value).toMatchObject({ status: 'issued', number: 1 });
  });
});
