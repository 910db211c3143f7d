// The real renderer in a real browser (Debian chromium through playwright-core) against the real
// services, served by the preview server. Chromium must be installed: this test never skips.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { readFixture, tempDir } from '../helpers/db';
import { newWatchedPage, openTestDb, servePreview, startPreview, stopPreview, type TestDb } from './harness';

const MEETING_TITLE = 'Buổi làm việc thống nhất chương trình phối hợp năm 2019';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(readFixture('exchange-2019-programme.json')));
  page = await newWatchedPage(browser, problems, { viewport: { width: 1280, height: 800 } });
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

describe('browser preview', () => {
  it('shows the meetings of the database in the real renderer', async () => {
    await page.goto(`${server.url}#/meetings`);
    await page.getByText(MEETING_TITLE).waitFor();

    const row = page.locator('.ant-table-row').filter({ hasText: MEETING_TITLE });
    await expect(row.getByText('15/01/2019 08:00', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByText('Buổi làm việc', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByText('Trụ sở UBND tỉnh Nghệ An').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Cuộc họp' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.count').textContent()).resolves.toContain('Tổng số: 1 cuộc họp');

    const nav = page.getByRole('navigation', { name: 'Các mục chính' });
    const labels = (await nav.locator('.ant-menu-title-content').allTextContents()).map((s) => s.trim());
    expect(labels).toEqual([
      'Tổng quan',
      'Cuộc họp',
      'Lịch công tác',
      'Kết luận & nhiệm vụ',
      'Chương trình phối hợp',
      'Văn bản',
      'Danh bạ',
      'Cán bộ',
      'Cơ quan',
      'Thùng rác',
      'Cài đặt',
    ]);
    await expect(nav.locator('.ant-menu-item-selected').textContent()).resolves.toBe('Cuộc họp');
    await expect(page.title()).resolves.toBe('Cuộc họp — Sổ Họp');

    const shot = path.join(tempDir('so-hop-e2e-'), 'preview.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });

  it('opens a meeting from the list and shows its title in the window title', async () => {
    await page.goto(`${server.url}#/meetings`);
    await page.getByRole('link', { name: MEETING_TITLE }).click();
    await page.getByRole('tab', { name: /Thành phần/ }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Buổi làm việc thống nhất.* — Sổ Họp$/);
    expect(page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    expect(problems).toEqual([]);
  });

  it('shows a readable error when the token is wrong', async () => {
    const other = await browser.newPage();
    // Tamper with the token before the app reads it: the server must refuse and the UI must say so.
    await other.route(server.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/content="[0-9a-f]{48}"/, 'content="0"');
      await route.fulfill({ response, body });
    });
    await other.goto(server.url);
    const alert = other.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Yêu cầu bị từ chối.*E_IPC_SENDER/);
    await other.screenshot({ path: path.join(tempDir('so-hop-e2e-'), 'error.png') });
    await other.close();
  });

  it('shows the empty state over an empty database', async () => {
    const empty = openTestDb();
    const emptyServer = await servePreview(empty);
    const other = await browser.newPage();
    try {
      await other.goto(`${emptyServer.url}#/meetings`);
      await other.getByText('Chưa có cuộc họp nào').first().waitFor();
    } finally {
      await other.close();
      await emptyServer.close();
      empty.close();
    }
  });
});
