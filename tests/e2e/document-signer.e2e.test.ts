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

    const combo = page.getByRole('combobox', { name: 'Người ký 1' });
    await combo.click();
    await combo.fill('nguyen xuan duong');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Nguyễn Xuân Đường' })
      .click();
    await page.getByText(/Đã lưu lúc/).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
    expect(t.services.documents.get(draft.id).signers?.[0]?.personId).toBe(demoIds.nguyenXuanDuong);

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e')]);
    const docx = await readDocx(fs.readFileSync(await download.path()));
    const name = para(docx, 'Nguyễn Xuân Đường');
    expect(runsOf(name).every((r) => r.bold)).toBe(true);
    expect(await docx.part('word/document.xml')).toContain('Nguyễn Xuân Đường');
    expect(problems).toEqual([]);
    await page.close();
  });
});
