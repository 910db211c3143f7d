// The Văn bản list through the IPC contract: filters by year, type and issuer, a search box matching
// the printed number or the summary (accents optional), and sorting by number or date, paged on the server.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { DocumentSummary, Page } from '../../../shared/domain';
import type { InputOf } from '../../../shared/ipc';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

async function list(t: TestDb, query: InputOf<'documents.list'>): Promise<Page<DocumentSummary>> {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  const result = await dispatch(handlers, 'documents.list', query);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Page<DocumentSummary>;
}

let counter = 0;
function issued(
  t: TestDb,
  issuerId: string,
  type: 'plan' | 'conclusion-notice',
  summary: string,
  on: string,
) {
  counter++;
  const doc = t.services.documents.saveDraft({
    id: `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`,
    type,
    issuerIds: [issuerId],
    summary,
    body: { type: 'doc', content: [] },
    status: 'draft',
    signers: [{ organizationId: issuerId, position: 'CHỦ TỊCH', personId: demoIds.leDinhSon }],
  });
  return t.services.documents.issue(doc.id, on);
}

function seed(t: TestDb) {
  issued(t, demoIds.vpub, 'conclusion-notice', 'Kết luận giao ban tháng Một', '2026-01-10'); // 01/TB-VPUB
  issued(t, demoIds.vpub, 'conclusion-notice', 'Kết luận về cải cách hành chính', '2026-02-03'); // 02/TB-VPUB
  issued(t, demoIds.vpub, 'plan', 'Kế hoạch chuyển đổi số', '2026-02-20'); // 01/KH-VPUB
  issued(t, demoIds.ubnd, 'conclusion-notice', 'Kết luận của Chủ tịch UBND tỉnh', '2026-03-01'); // 01/TB-UBND
  issued(t, demoIds.vpub, 'conclusion-notice', 'Kết luận giao ban năm trước', '2025-12-30'); // 01/TB-VPUB
}

const printed = (page: Page<DocumentSummary>) => page.items.map((d) => d.printedNumber);

describe('the Văn bản list, through dispatch', () => {
  it('filters by year, type and issuer', async () => {
    const t = withDemo();
    seed(t);
    expect(printed(await list(t, { year: 2026, type: 'conclusion-notice', issuerId: demoIds.vpub }))).toEqual(
      ['02/TB-VPUB', '01/TB-VPUB'],
    );
    expect(printed(await list(t, { year: 2025, issuerId: demoIds.vpub }))).toEqual(['01/TB-VPUB']);
    expect(printed(await list(t, { year: 2026, type: 'plan' }))).toEqual(['01/KH-VPUB']);
  });

  it('sorts by date (newest first) or by number, drafts after the numbered ones', async () => {
    const t = withDemo();
    seed(t);
    const byDate = await list(t, { year: 2026, status: 'issued' });
    expect(byDate.items.map((d) => d.issuedOn)).toEqual([
      '2026-03-01',
      '2026-02-20',
      '2026-02-03',
      '2026-01-10',
    ]);
    const byNumber = await list(t, {
      year: 2026,
      issuerId: demoIds.vpub,
      type: 'conclusion-notice',
      sort: 'number',
      order: 'asc',
    });
    expect(printed(byNumber)).toEqual(['01/TB-VPUB', '02/TB-VPUB']);
    const withDrafts = await list(t, { sort: 'number', order: 'desc' });
    const firstDraft = withDrafts.items.findIndex((d) => d.status === 'draft');
    expect(firstDraft).toBeGreaterThan(0);
    expect(withDrafts.items.slice(firstDraft).every((d) => d.status === 'draft')).toBe(true);
  });

  it('finds a document by its printed number or its summary, typed with or without accents', async () => {
    const t = withDemo();
    seed(t);
    expect(printed(await list(t, { text: '02/TB-VPUB' }))).toEqual(['02/TB-VPUB']);
    expect(printed(await list(t, { text: 'tb-ubnd', year: 2026 }))).toEqual(['01/TB-UBND']);
    expect((await list(t, { text: 'cai cach hanh chinh' })).items.map((d) => d.summary)).toEqual([
      'Kết luận về cải cách hành chính',
    ]);
    // Digits alone: that number in any series.
    expect(printed(await list(t, { text: '2', year: 2026, status: 'issued' }))).toEqual(['02/TB-VPUB']);
    // Paged after the search: the total counts every match.
    const page = await list(t, { text: 'giao ban', limit: 1, offset: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map((d) => d.summary)).toEqual(['Kết luận giao ban năm trước']); // the older one
  });
});
