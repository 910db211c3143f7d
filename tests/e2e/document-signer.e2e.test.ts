// The signer's person in the browser: pick who signs a draft in the document form (typed without
// accents), let it save, export the DOCX and find the name, in bold, in word/document.xml.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { para, readDocx, runsOf } from '../main/documents/docx-reader';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

describe('the signer of a document', () => {
  it('picks the signing person in the form, saves it, and prints the name in bold in the DOCX', async () => {
    const source = t.services.documents.get(demoIds.notice2015);
    const draft = t.services.documents.saveDraft({
      ...source,
      id: crypto.randomUUID(),
      status: 'draft',
      number: null,
      issuedOn: null,
      summary: 'Thông báo thử người ký',
      signers: [{ authority: 'KT', authorityBody: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' }],
    });
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { acceptDownloads: true });
    await page.goto(`${server.url}#/documents/${draft.id}`);
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();

    // The Văn phòng's usual chain, from the presets of the body the block signs for.
    await page.getByRole('combobox', { name: 'Mẫu chữ ký 1' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG' })
      .click();
    await page.getByText('In: TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG').waitFor();

    const combo = page.getByRole('combobox', { name: 'Người ký 1', exact: true });
    await combo.click();
    await combo.fill('nguyen xuan duong');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Nguyễn Xuân Đường' })
      .click();
    await page.getByText(/Đã lưu lúc/).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
    expect(t.services.documents.get(draft.id).signers?.[0]).toEqual({
      organizationId: demoIds.vpub,
      position: 'PHÓ CHÁNH VĂN PHÒNG',
      personId: demoIds.nguyenXuanDuong,
      chain: [
        { authority: 'TL', body: 'CHỦ TỊCH' },
        { authority: 'KT', body: 'CHÁNH VĂN PHÒNG' },
      ],
    });

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e')]);
    const docx = await readDocx(fs.readFileSync(await download.path()));
    const name = para(docx, 'Nguyễn Xuân Đường');
    expect(runsOf(name).every((r) => r.bold)).toBe(true);
    // The chain top-down above the position, each line in its own paragraph of the signature cell.
    const lines = docx.paragraphs
      .filter(
        (p) => p.cell && p.cell.table === name.cell?.table && p.cell.cell === name.cell.cell && p.text.trim(),
      )
      .map((p) => p.text.replace(/\u00a0/g, ' '));
    expect(lines).toEqual([
      'TL. CHỦ TỊCH',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Nguyễn Xuân Đường',
    ]);
    expect(await docx.part('word/document.xml')).toContain('Nguyễn Xuân Đường');
    expect(problems).toEqual([]);
    await page.close();
  });
});
