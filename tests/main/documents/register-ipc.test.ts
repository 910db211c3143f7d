// The register through the IPC contract, as the document form and the issue dialog use it: the next
// number shown before issuing, a number taken on paper accepted once and refused on reuse in its series,
// and a chosen issue date printed in the DOCX with the number.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx } from '../../../main/documents';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { InputOf, OutputOf, Channel } from '../../../shared/ipc';
import type { OfficialDocument } from '../../../shared/exchange';
import { trackTestDbs, type TestDb } from '../../helpers/db';
import { readDocx } from './docx-reader';

const { withDemo } = trackTestDbs({ clock: true });

function client(t: TestDb) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  return {
    async call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as OutputOf<C>;
    },
    async refusal<C extends Channel>(channel: C, input: InputOf<C>) {
      const result = await dispatch(handlers, channel, input);
      if (result.ok) throw new Error(`${channel} was accepted`);
      return result.error;
    },
  };
}

let counter = 0;
async function draft(
  api: ReturnType<typeof client>,
  issuerId: string,
  summary: string,
  type: OfficialDocument['type'] = 'conclusion-notice',
) {
  counter++;
  return api.call('documents.saveDraft', {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    type,
    issuerIds: [issuerId],
    summary,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] },
    status: 'draft',
    signers: [{ organizationId: issuerId, position: 'CHÁNH VĂN PHÒNG', personId: demoIds.leDinhSon }],
  });
}

describe('the register before issuing, through dispatch', () => {
  it('shows the next number of the series as printed, and issues that number', async () => {
    const t = withDemo();
    const api = client(t);
    const doc = await draft(api, demoIds.vpub, 'Thông báo kết luận giao ban tháng 3');
    const series = { issuerIds: doc.issuerIds, type: doc.type, issuedOn: '2026-03-05' };
    expect(await api.call('register.preview', series)).toMatchObject({
      next: 1,
      printed: '01/TB-VPUB',
      usedBy: null,
    });
    const issued = await api.call('documents.issue', { id: doc.id, issuedOn: '2026-03-05' });
    expect(issued).toMatchObject({ status: 'issued', number: 1, issuedOn: '2026-03-05' });
    expect(await api.call('register.preview', series)).toMatchObject({ next: 2, printed: '02/TB-VPUB' });
    // The list shows the number as printed.
    const list = await api.call('documents.list', { year: 2026 });
    expect(list.items.find((d) => d.id === doc.id)?.printedNumber).toBe('01/TB-VPUB');
  });

  it('prints Party numbers as 01-TB/ĐUK', async () => {
    const t = withDemo();
    const api = client(t);
    t.services.register.setTermStart(demoIds.duk, '2025-10-15');
    const doc = await draft(api, demoIds.duk, 'Thông báo kết luận hội nghị Ban Thường vụ');
    const preview = await api.call('register.preview', {
      issuerIds: doc.issuerIds,
      type: doc.type,
      issuedOn: '2026-03-05',
    });
    expect(preview).toMatchObject({ next: 1, printed: '01-TB/ĐUK', family: 'party' });
  });

  it('accepts a number taken on paper, keeps the counter ahead of it, and refuses it a second time', async () => {
    const t = withDemo();
    const api = client(t);
    const first = await draft(api, demoIds.vpub, 'Thông báo số lấy trên sổ giấy');
    const issued = await api.call('documents.issue', { id: first.id, issuedOn: '2026-04-02', number: 7 });
    expect(issued).toMatchObject({ status: 'issued', number: 7 });
    // The next automatic number does not collide with the paper one.
    const series = { issuerIds: first.issuerIds, type: first.type, issuedOn: '2026-05-01' };
    expect(await api.call('register.preview', series)).toMatchObject({ next: 8, printed: '08/TB-VPUB' });
    // The form can warn before issuing that 07 is taken …
    expect(await api.call('register.preview', { ...series, number: 7 })).toMatchObject({
      printed: '07/TB-VPUB',
      usedBy: { id: first.id, issuedOn: '2026-04-02' },
    });
    // … and issuing with it is refused, the second draft staying a draft.
    const second = await draft(api, demoIds.vpub, 'Thông báo thứ hai');
    const error = await api.refusal('documents.issue', { id: second.id, issuedOn: '2026-05-01', number: 7 });
    expect(error.code).toBe('E_REGISTER_NUMBER_USED');
    expect(error.message).toContain('Số 07/TB-VPUB đã dùng cho văn bản “Thông báo số lấy trên sổ giấy”');
    expect(error.message).toContain('02/04/2026');
    expect(error.message).toContain('(08/TB-VPUB)');
    expect(await api.call('documents.get', { id: second.id })).toMatchObject({
      status: 'draft',
      number: null,
    });
    // Another type is another series; another year is another register.
    const plan = await draft(api, demoIds.vpub, 'Kế hoạch cùng số', 'plan');
    expect(
      await api.call('documents.issue', { id: plan.id, issuedOn: '2026-05-01', number: 7 }),
    ).toMatchObject({
      number: 7,
    });
    expect(
      await api.call('documents.issue', { id: second.id, issuedOn: '2027-01-04', number: 7 }),
    ).toMatchObject({ number: 7, issuedOn: '2027-01-04' });
  });

  it('prints the chosen issue date and the paper number in the DOCX header', async () => {
    const t = withDemo();
    const api = client(t);
    const doc = await draft(api, demoIds.vpub, 'Thông báo ngày chọn');
    await api.call('documents.issue', { id: doc.id, issuedOn: '2026-02-09', number: 12 });
    const view = await readDocx(await exportDocx(t.services.ctx, doc.id));
    const lines = view.paragraphs.map((p) => p.text.replace(/[\n\u00a0]/g, ' ').trim());
    expect(lines).toContain('Số: 12/TB-VPUB');
    expect(lines).toContain('Nghệ An, ngày 09 tháng 02 năm 2026');
  });
});
