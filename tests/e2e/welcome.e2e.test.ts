// The first run on a new machine, in a real browser: an empty database opens on the welcome; the
// office named there becomes the default issuing body; "Nạp dữ liệu mẫu" loads the demo data and
// shows the dashboard; a database with data opens on the dashboard directly.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { tempDir } from '../helpers/db';
import {
  ensureRendererBuilt,
  launchChromium,
  newWatchedPage,
  openTestDb,
  servePreview,
  type TestDb,
} from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ensureRendererBuilt();
  t = openTestDb();
  server = await servePreview(t);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  t?.close();
});

describe('first run', () => {
  it('welcomes a new machine, names the office, loads the demo data on request', async () => {
    const page = await newWatchedPage(browser, problems);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Chào mừng đến với Sổ Họp' }).waitFor();
    for (const title of [
      '1. Tên cơ quan của bạn',
      '2. Cơ quan ban hành',
      '3. Người ký mặc định',
      '4. Thư mục sao lưu',
    ])
      await expect(page.getByText(title, { exact: true }).isVisible()).resolves.toBe(true);
    const shot = path.join(tempDir('so-hop-e2e-'), 'welcome.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    if (process.env.SOHOP_SHOTS) fs.copyFileSync(shot, path.join(process.env.SOHOP_SHOTS, 'welcome.png'));

    await page.getByLabel('Tên cơ quan').fill('Văn phòng UBND tỉnh Nghệ An');
    await page.getByRole('button', { name: 'Lưu tên cơ quan' }).click();
    await page.getByText('Đã lưu "Văn phòng UBND tỉnh Nghệ An" làm cơ quan ban hành mặc định.').waitFor();
    const issuer = t.services.settings.get().defaultIssuerId;
    expect(issuer).not.toBeNull();
    expect(t.services.organizations.get(issuer ?? '')).toMatchObject({
      name: 'Văn phòng UBND tỉnh Nghệ An',
      family: 'state',
    });

    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByText(/Đã nạp dữ liệu mẫu: 4 cuộc họp/).waitFor();
    await page.locator('.content').getByText('Tổng quan').first().waitFor();
    expect(t.services.meetings.list({ limit: 100 }).total).toBe(4);
    await page.close();
  });

  it('opens on the dashboard once the database has data', async () => {
    const page = await newWatchedPage(browser, problems);
    await page.goto(server.url);
    await page.locator('.content').getByText('Tổng quan').first().waitFor();
    await expect(page.getByText('Chào mừng đến với Sổ Họp').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
