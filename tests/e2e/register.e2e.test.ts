// The register in the browser: the document form shows the next number as printed, the issue dialog
// takes a number from the paper register and a chosen date, a number already used in the series is
// refused before anything is stamped, and the Văn bản list finds the document by its number.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

function draft(id: string, summary: string, recipients: string[] = []) {
  return t.services.documents.saveDraft({
    id,
    type: 'conclusion-notice',
    issuerIds: [demoIds.vpub],
    summary,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] },
    status: 'draft',
    signers: [{ organizationId: demoIds.vpub, position: 'CHÁNH VĂN PHÒNG', personId: demoIds.leDinhSon }],
    recipients,
    meetingId: demoIds.meeting2015,
  });
}

describe('the register in the browser', () => {
  it('shows the next number, issues a paper number on a chosen date, and refuses that number again', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
    const first = draft('00000000-0000-4000-b000-000000000001', 'Thông báo kết luận số lấy trên sổ giấy', [
      'Lưu: VT.',
    ]);
    await page.goto(`${server.url}#/documents/${first.id}`);
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
    await page.getByTestId('expected-number').getByText('01/TB-VPUB').waitFor();

    // One click adds the meeting's unit to Nơi nhận, before the Lưu line.
    await page.getByRole('button', { name: 'Thêm nơi nhận: Ủy ban nhân dân tỉnh Nghệ An' }).click();
    await expect
      .poll(() => page.locator('#doc-recipients').inputValue())
      .toBe('Ủy ban nhân dân tỉnh Nghệ An;\nLưu: VT.');

    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
    await dialog.getByTestId('next-number').getByText('01/TB-VPUB').waitFor();
    const date = dialog.getByLabel('Ngày ban hành');
    await date.click();
    await date.fill('09/02/2026');
    await date.press('Enter');
    await dialog.getByRole('radio', { name: 'Số đã lấy trên sổ giấy' }).check();
    await dialog.getByRole('spinbutton', { name: 'Số đã lấy' }).fill('12');
    await dialog.getByText('Văn bản sẽ in: Số 12/TB-VPUB').waitFor();
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByText('Đã ban hành: số 12/TB-VPUB.').waitFor();
    await page.getByText('Đã ban hành: số 12/TB-VPUB', { exact: true }).waitFor(); // the page's tag
    expect(t.services.documents.get(first.id)).toMatchObject({
      status: 'issued',
      number: 12,
      issuedOn: '2026-02-09',
      recipients: ['Ủy ban nhân dân tỉnh Nghệ An;', 'Lưu: VT.'],
    });

    // A second draft: the same number in the same year is refused before issuing.
    const second = draft('00000000-0000-4000-b000-000000000002', 'Thông báo thứ hai');
    await page.goto(`${server.url}#/documents`);
    const row = page.locator('.ant-table-row').filter({ hasText: 'Thông báo thứ hai' });
    await row.getByRole('button', { name: 'Ban hành' }).click();
    await dialog.getByLabel('Ngày ban hành').fill('20/03/2026');
    await dialog.getByLabel('Ngày ban hành').press('Enter');
    await dialog.getByTestId('next-number').getByText('13/TB-VPUB').waitFor();
    await dialog.getByRole('radio', { name: 'Số đã lấy trên sổ giấy' }).check();
    await dialog.getByRole('spinbutton', { name: 'Số đã lấy' }).fill('12');
    await dialog
      .getByText(
        'Số 12/TB-VPUB đã dùng cho văn bản “Thông báo kết luận số lấy trên sổ giấy” ban hành ngày 09/02/2026.',
        { exact: false },
      )
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Ban hành', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(t.services.documents.get(second.id)).toMatchObject({ status: 'draft', number: null });
    expect(problems).toEqual([]);
  });

  it('finds documents in the Văn bản list by printed number and filters by year', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}#/documents`);
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    await page.getByLabel('Tìm theo số, ký hiệu hoặc trích yếu').fill('05/TB-VPUB');
    await expect.poll(async () => rows.allInnerTexts()).toEqual([expect.stringContaining('05/TB-VPUB')]);
    await page.getByLabel('Tìm theo số, ký hiệu hoặc trích yếu').fill('');
    const year = page.getByLabel('Năm');
    await year.click();
    await year.fill('2016');
    await year.press('Enter');
    await expect
      .poll(async () => (await rows.allInnerTexts()).map((r) => r.includes('05/01/2016')))
      .toEqual([true]);
    expect(problems).toEqual([]);
  });

  it('takes the issue date typed after a giấy mời was drafted from a meeting earlier in the same page', async () => {
    // Once seen to leave the field at today's date when Enter followed the typing at once.
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByRole('button', { name: /Tạo giấy mời/ }).click();
    await page.getByText('Cuộc họp đã diễn ra hoặc diễn ra hôm nay').waitFor();

    const later = draft('00000000-0000-4000-b000-000000000004', 'Thông báo ban hành theo ngày trên sổ giấy');
    await page.goto(`${server.url}#/documents/${later.id}`); // the same page: only the #/ address changes
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
    const date = dialog.getByLabel('Ngày ban hành');
    await date.click();
    await date.fill('20/01/2016');
    await date.press('Enter');
    await expect.poll(() => date.inputValue()).toBe('20/01/2016');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByText(/^Đã ban hành: số \d+\/TB-VPUB\.$/).waitFor();
    expect(t.services.documents.get(later.id)).toMatchObject({ status: 'issued', issuedOn: '2016-01-20' });
    expect(problems).toEqual([]);
  });
});
