// From a meeting to an issued document in the browser: build the conclusion-notice draft, preview
// it, issue it (a number from the register), export the DOCX and check what it holds.
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds, demoPartyTermStart } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

/** The visible text of a DOCX body (runs joined, paragraphs on lines). */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('documents of a meeting', () => {
  it('creates the conclusion notice, previews it, issues it and exports a DOCX with the chair and conclusions', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { acceptDownloads: true });
    await page.goto(`${server.url}#/meetings/${demoIds.meeting2015}`);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    const before = t.services.documents.list({ meetingId: demoIds.meeting2015 }).total;
    await page.getByRole('button', { name: /Tạo thông báo kết luận/ }).click();
    const rows = page.locator('.meeting-documents .ant-table-row');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.meeting-documents .ant-table-row').length > n,
      before,
    );
    const drafts = t.services.documents.list({ meetingId: demoIds.meeting2015, status: 'draft' }).items;
    const draft = drafts.find((d) => d.type === 'conclusion-notice');
    expect(draft).toBeTruthy();
    const row = rows.filter({ hasText: 'Dự thảo' }).filter({ hasText: 'Thông báo kết luận' }).first();

    await row.getByRole('button', { name: /Xem trước/ }).click();
    await page.locator('.docx-preview section.docx').first().waitFor();
    await page.keyboard.press('Escape');

    // The draft names no signer yet: issuing is refused, and the message says what is missing.
    await row.getByRole('button', { name: /Ban hành/ }).click();
    await page.getByRole('button', { name: 'Ban hành', exact: true }).last().click();
    await page.getByText('Chưa ban hành được văn bản, còn thiếu: họ tên người ký.').waitFor();
    expect(t.services.documents.get(draft?.id as string).status).toBe('draft');
    const unsigned = t.services.documents.get(draft?.id as string);
    t.services.documents.saveDraft({
      ...unsigned,
      signers: (unsigned.signers ?? []).map((s) => ({ ...s, personId: demoIds.nguyenXuanDuong })),
    });

    await row.getByRole('button', { name: /Ban hành/ }).click();
    await page.getByRole('button', { name: 'Ban hành', exact: true }).last().click();
    await page.getByText(/Đã ban hành: số \d+\//).waitFor();
    const issued = t.services.documents.get(draft?.id as string);
    expect(issued.status).toBe('issued');
    expect(issued.number).toBeGreaterThan(0);

    const issuedRow = rows.filter({ hasText: `${issued.number}/${issued.symbol ?? ''}` }).first();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      issuedRow.getByRole('button', { name: /Xuất DOCX/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const text = await docxText(fs.readFileSync(await download.path()));
    const meeting = t.services.meetings.get(demoIds.meeting2015);
    const chair = meeting.attendees?.find((a) => a.role === 'chair');
    expect(text).toContain(t.services.people.get(chair?.personId as string).fullName);
    expect(text).toContain('Cụ thể hóa các Nghị quyết của HĐND tỉnh');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("copies last year's programme, adds an item, and exports the joint document", async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { acceptDownloads: true });
    await page.goto(`${server.url}#/programmes`);
    const source = t.services.programmes.list()[0];
    await page
      .getByRole('button', { name: new RegExp(`Sao chép từ chương trình năm ${source?.year}`) })
      .click();
    await page.getByText(/Đã sao chép sang năm/).waitFor();
    await page.getByText('Nội dung phối hợp').waitFor();
    const year = (source?.year ?? 0) + 1;
    const copy = t.services.programmes.list(year)[0];
    expect(copy?.itemCount).toBe(source?.itemCount);

    await page.getByRole('button', { name: /Thêm nội dung/ }).click();
    const n = (source?.itemCount ?? 0) + 1;
    await page
      .getByLabel(`Nội dung ${n}`, { exact: true })
      .fill('Phối hợp tổ chức hội nghị sơ kết giữa năm.');
    await page.getByLabel(`Thời gian ${n}`).fill('Tháng 7');
    await page.getByText(/Đã lưu lúc/).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
    expect(t.services.programmes.get(copy?.id as string).items).toHaveLength(n);

    await page.getByRole('button', { name: /Tạo văn bản/ }).click();
    await page.waitForURL(/#\/documents$/);
    const doc = t.services.documents.list({ type: 'coordination-programme', status: 'draft' }).items[0];
    expect(doc).toBeTruthy();
    const row = page
      .locator('.ant-table-row')
      .filter({ hasText: doc?.summary.slice(0, 30) ?? '' })
      .first();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /Xuất DOCX/ }).click(),
    ]);
    const text = await docxText(fs.readFileSync(await download.path()));
    expect(text).toContain('Phối hợp tổ chức hội nghị sơ kết giữa năm.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('edits a draft document, previews it, issues it, and duplicates the issued one', async () => {
    t.services.register.setDefaultTermStart(demoPartyTermStart);
    const draft = t.services.documents.list({ status: 'draft', type: 'conclusion-notice' }).items[0];
    const id = draft?.id as string;
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/documents`);
    await page.locator(`a[href="#/documents/${id}"]`).click();
    const body = page.getByRole('textbox', { name: 'Nội dung văn bản' });
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn bổ sung trong văn bản.');
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
    await page.locator('#doc-summary').fill('Kết luận của đồng chí Chủ tịch (đã sửa)');
    await page.locator('#doc-recipients').fill('- Như trên;\n- Lưu: VT, TH.');
    await page.getByText(/Đã lưu lúc/).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
    const saved = t.services.documents.get(id);
    expect(saved.summary).toBe('Kết luận của đồng chí Chủ tịch (đã sửa)');
    expect(saved.recipients).toEqual(['- Như trên;', '- Lưu: VT, TH.']);
    expect(JSON.stringify(saved.body)).toContain('Đoạn bổ sung trong văn bản.');
    await expect(page.title()).resolves.toBe('Kết luận của đồng chí Chủ tịch (đã sửa) — Sổ Họp');

    await page.keyboard.press('Control+p');
    await page.locator('.docx-preview section.docx').first().waitFor();
    await expect(page.locator('.docx-preview').textContent()).resolves.toContain(
      'Đoạn bổ sung trong văn bản.',
    );

    await page.getByRole('button', { name: 'Ban hành' }).first().click();
    await page.getByRole('button', { name: 'Ban hành', exact: true }).last().click();
    // A Party body's number as printed: 01-TB/ĐUK.
    await page
      .getByText(/Đã ban hành: số \d{2}-TB\/ĐUK/)
      .first()
      .waitFor();
    expect(t.services.documents.get(id).status).toBe('issued');
    await page.getByText('Văn bản đã ban hành không sửa được').waitFor();
    // The open preview follows the issuing: the date and number of the register, no more "… tháng …".
    const [year, month, day] = (t.services.documents.get(id).issuedOn ?? '').split('-');
    await page
      .locator('.docx-preview section.docx', { hasText: `ngày ${day} tháng ${month} năm ${year}` })
      .first()
      .waitFor();
    await expect(page.locator('.docx-preview').textContent()).resolves.not.toContain('tháng …');

    await page.getByRole('button', { name: /Nhân bản/ }).click();
    await page.waitForURL((url) => /#\/documents\/[0-9a-f-]{36}$/.test(url.hash) && !url.hash.includes(id));
    const copyId = /#\/documents\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
    expect(t.services.documents.get(copyId)).toMatchObject({ status: 'draft', number: null });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('drafts a giấy mời from the meeting screen and keeps the late-invitation warning in view', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByRole('button', { name: /Tạo giấy mời/ }).click();
    // The 2021 meeting is long past: the warning says the invitation can no longer be sent in time.
    await page.getByText('Cuộc họp đã diễn ra hoặc diễn ra hôm nay').waitFor();
    await page.locator('.meeting-documents .ant-table-row', { hasText: 'Giấy mời' }).first().waitFor();
    const made = t.services.documents.list({ meetingId: demoIds.meeting2021, type: 'invitation' }).items;
    expect(made).toHaveLength(1);
    expect(t.services.documents.get(made[0]!.id)).toMatchObject({ status: 'draft', symbol: 'GM/ĐUK' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
