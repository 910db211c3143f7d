import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { registerPeriod } from '../../../main/services/register';
import type { AppError } from '../../../shared/errors';
import type { OfficialDocument } from '../../../shared/exchange';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

let counter = 0;
function draft(t: TestDb, issuerId: string, type: OfficialDocument['type'] = 'conclusion-notice') {
  counter++;
  return t.services.documents.saveDraft({
    id: `0000000${counter % 10}-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    type,
    issuerIds: [issuerId],
    summary: `Dự thảo ${counter}`,
    body: { type: 'doc', content: [] },
    status: 'draft',
    signers: [{ organizationId: issuerId, position: 'CHỦ TỊCH', personId: demoIds.leDinhSon }],
  });
}
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as AppError).code;
  }
  return undefined;
};

describe('register periods', () => {
  it('uses the calendar year for state bodies', () => {
    expect(registerPeriod('state', '2024-01-05', [])).toBe('2024');
  });
  it('uses the term that contains the date for Party bodies', () => {
    const terms = ['2015-10-01', '2020-10-15'];
    expect(registerPeriod('party', '2020-10-14', terms)).toBe('nhiem-ky:2015-10-01');
    expect(registerPeriod('party', '2020-10-15', terms)).toBe('nhiem-ky:2020-10-15');
    expect(registerPeriod('party', '2014-01-01', terms)).toBeNull();
  });
});

describe('issuing documents from the register', () => {
  it('numbers a state body’s documents 1, 2, … and restarts in a new calendar year', () => {
    const t = withDemo();
    const numbers = ['2024-03-01', '2024-12-31', '2025-01-02'].map(
      (date) => t.services.documents.issue(draft(t, demoIds.ubnd).id, date).number,
    );
    expect(numbers).toEqual([1, 2, 1]);
  });

  it('keeps counting through the Party term across calendar years', () => {
    const t = withDemo();
    t.services.register.setTermStart(demoIds.duk, '2020-10-15');
    const numbers = ['2020-12-30', '2021-01-04', '2024-06-01'].map(
      (date) => t.services.documents.issue(draft(t, demoIds.duk).id, date).number,
    );
    expect(numbers).toEqual([1, 2, 3]);
    t.services.register.setTermStart(demoIds.duk, '2025-10-10');
    expect(t.services.documents.issue(draft(t, demoIds.duk).id, '2025-11-01').number).toBe(1);
  });

  it('counts each document type separately', () => {
    const t = withDemo();
    expect(t.services.documents.issue(draft(t, demoIds.ubnd, 'minutes').id, '2024-05-01').number).toBe(1);
    expect(
      t.services.documents.issue(draft(t, demoIds.ubnd, 'conclusion-notice').id, '2024-05-01').number,
    ).toBe(1);
  });

  it('never gives a number twice, even after an issued number’s neighbour draft is deleted', () => {
    const t = withDemo();
    const first = t.services.documents.issue(draft(t, demoIds.ubnd).id, '2024-01-05');
    const second = draft(t, demoIds.ubnd);
    expect(t.services.register.peekNext(demoIds.ubnd, 'conclusion-notice', '2024-02-01')).toBe(2);
    t.services.documents.delete(second.id);
    const third = t.services.documents.issue(draft(t, demoIds.ubnd).id, '2024-02-01');
    expect([first.number, third.number]).toEqual([1, 2]);
    const fourth = t.services.documents.issue(draft(t, demoIds.ubnd).id, '2024-02-02');
    expect(fourth.number).toBe(3);
  });

  it('freezes an issued document: no edit, no delete, no second issue', () => {
    const t = withDemo();
    const issued = t.services.documents.issue(draft(t, demoIds.ubnd).id, '2024-01-05');
    expect(issued.status).toBe('issued');
    expect(issued.issuedOn).toBe('2024-01-05');
    expect(codeOf(() => t.services.documents.saveDraft({ ...issued, summary: 'Sửa lén' }))).toBe('E_FROZEN');
    expect(codeOf(() => t.services.documents.delete(issued.id))).toBe('E_FROZEN');
    expect(codeOf(() => t.services.documents.issue(issued.id, '2024-01-06'))).toBe('E_FROZEN');
    expect(t.services.documents.get(issued.id).summary).toBe(issued.summary);
  });

  it('refuses to number a Party document when no term covers its date', () => {
    const t = withDemo();
    const doc = draft(t, demoIds.duk);
    expect(codeOf(() => t.services.documents.issue(doc.id, '2021-03-01'))).toBe('E_REGISTER_NO_TERM');
    expect(t.services.documents.get(doc.id).status).toBe('draft');
  });

  it('uses the parent Party committee’s term when the body has none of its own', () => {
    const t = withDemo();
    t.services.register.setTermStart(demoIds.tinhUy, '2020-10-15');
    expect(t.services.documents.issue(draft(t, demoIds.duk).id, '2021-03-01').number).toBe(1);
  });

  it('"Nhân bản" makes a new draft without number or date', () => {
    const t = withDemo();
    const issued = t.services.documents.issue(draft(t, demoIds.ubnd).id, '2024-01-05');
    const copy = t.services.documents.duplicate(issued.id);
    expect(copy.id).not.toBe(issued.id);
    expect([copy.status, copy.number, copy.issuedOn, copy.summary]).toEqual([
      'draft',
      null,
      null,
      issued.summary,
    ]);
  });
});
