// Cài đặt → Sao lưu & khôi phục in the real renderer against the preview: back up now (a real .sohop
// file), then inspect it by typed path. The preview has no backupHost, so restore answers E_USAGE,
// shown as a readable message.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { readFixture } from '../helpers/db';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(readFixture('exchange-2019-programme.json')));
  page = await newWatchedPage(browser, problems, { viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

describe('backup screen in the preview', () => {
  it('backs up now, lists the backup, inspects it by path, and explains that restore needs the app', async () => {
    await page.goto(`${server.url}#/settings/backup`);
    await page.getByText('Chưa có bản sao lưu nào.').waitFor();
    expect(await page.getByRole('tab', { name: 'Sao lưu & khôi phục', selected: true }).count()).toBe(1);

    await page.getByRole('button', { name: /Sao lưu ngay/ }).click();
    const done = page.getByText(/^Đã sao lưu vào .+\.sohop/);
    await done.waitFor();
    const file = /^Đã sao lưu vào (.+\.sohop) \(/.exec((await done.textContent()) ?? '')?.[1] ?? '';
    expect(fs.existsSync(file)).toBe(true);
    await page.getByText(/^Lần sao lưu tốt gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: 'Sao lưu ngay' });
    await expect(row.count()).resolves.toBe(1);

    await page.getByLabel('Tệp sao lưu (.sohop)', { exact: true }).fill(file);
    await page.getByRole('button', { name: 'Xem nội dung tệp' }).click();
    const described = page.getByRole('table').filter({ hasText: 'Thời điểm sao lưu' });
    await described.waitFor();
    const text = (await described.textContent()) ?? '';
    expect(text).toContain('Cuộc họp1');
    expect(text).toContain('Mã hóaKhông');

    await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText(/Chỉ khôi phục được trong ứng dụng Sổ Họp.*\s+Chi tiết: E_USAGE$/s).waitFor();
    expect(problems).toEqual([]);
  }, 90_000);
});
