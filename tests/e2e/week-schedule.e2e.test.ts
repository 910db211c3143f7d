// Lịch công tác in the browser: the week of a meeting by day and by leader, the printed schedule
// downloaded and read back, and "Tạo giấy mời" from a meeting of the week drafting its invitation.
import fs from 'node:fs';
import JSZip from 'jszip';
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
  t.services.settings.save({ ...t.services.settings.get(), defaultIssuerId: demoIds.vpub });
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

const title2021 =
  'Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021 của Đảng ủy Khối các cơ quan tỉnh';

describe('Lịch công tác tuần', () => {
  it('shows the week by day and by leader, and prints it as a DOCX', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems, { acceptDownloads: true });
    await page.goto(`${server.url}#/schedule?date=2021-01-14`);
    await page.getByText('Từ ngày 11/01/2021 đến ngày 17/01/2021: 1 cuộc họp.').waitFor();
    const row = page.locator('.week-schedule tr', { hasText: title2021 });
    await expect(row.textContent()).resolves.toContain('14h00');
    await expect(row.textContent()).resolves.toContain(
      'Nguyễn Nam Đình, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh',
    );
    await expect(page.locator('.week-schedule').textContent()).resolves.toContain('Thứ Năm14/01/2021');

    await page.locator('.ant-segmented-item', { hasText: 'Theo lãnh đạo' }).click();
    await page.getByText('Đồng chí Nguyễn Nam Đình').waitFor();
    await expect(page.locator('.leader-list').textContent()).resolves.toContain('Chủ trì');

    await page.getByRole('button', { name: 'Tuần sau' }).click();
    await page.getByText('Từ ngày 18/01/2021 đến ngày 24/01/2021: 0 cuộc họp.').waitFor();
    await page.getByRole('button', { name: 'Tuần trước' }).click();
    await page.getByText('Từ ngày 11/01/2021 đến ngày 17/01/2021: 1 cuộc họp.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Xuất DOCX/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Lich cong tac tuan 11-01-2021.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('LỊCH CÔNG TÁC TUẦN');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain(title2021);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('drafts the giấy mời of a meeting of the week and opens it', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/schedule?date=2021-01-14`);
    const before = t.services.documents.list({ meetingId: demoIds.meeting2021 }).total;
    await page.getByRole('button', { name: `Tạo giấy mời: ${title2021}` }).click();
    await page.waitForURL((url) => /#\/documents\/[0-9a-f-]{36}$/.test(url.hash));
    const id = /#\/documents\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
    expect(t.services.documents.get(id)).toMatchObject({
      type: 'invitation',
      status: 'draft',
      meetingId: demoIds.meeting2021,
    });
    expect(t.services.documents.list({ meetingId: demoIds.meeting2021 }).total).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
