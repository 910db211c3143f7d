// axe-core over every main screen at the secretaries' 1366×768: no critical and no serious violation
// (colour contrast, unlabelled inputs, ARIA misuse…), with the demo data loaded.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { seriousViolations, type AxeProblem } from './axe';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
  page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

const meeting = `#/meetings/${demoIds.meeting2021}`;
const screens: { name: string; hash: string; ready: (p: Page) => Promise<unknown>; tab?: string }[] = [
  { name: 'Tổng quan', hash: '#/', ready: (p) => p.getByText('Nhiệm vụ đang mở').first().waitFor() },
  { name: 'Cuộc họp', hash: '#/meetings', ready: (p) => p.getByText('Tổng số:').waitFor() },
  { name: 'Cuộc họp mới', hash: '#/meetings/new', ready: (p) => p.locator('#meeting-title').waitFor() },
  {
    name: 'Thông tin chung',
    hash: meeting,
    tab: 'Thông tin chung',
    ready: (p) => p.locator('#meeting-title').waitFor(),
  },
  { name: 'Thành phần', hash: meeting, tab: 'Thành phần', ready: (p) => p.getByText('Họ và tên').waitFor() },
  { name: 'Biên bản', hash: meeting, tab: 'Biên bản', ready: (p) => p.locator('.ProseMirror').waitFor() },
  { name: 'Kết luận', hash: meeting, tab: 'Kết luận', ready: (p) => p.getByText('Thêm kết luận').waitFor() },
  {
    name: 'Văn bản của cuộc họp',
    hash: meeting,
    tab: 'Văn bản',
    ready: (p) => p.getByText('Tạo thông báo kết luận').waitFor(),
  },
  { name: 'Nhiệm vụ', hash: '#/tasks', ready: (p) => p.locator('.ant-table-row').first().waitFor() },
  {
    name: 'Lịch công tác',
    hash: '#/schedule?date=2021-01-14',
    ready: (p) => p.getByText('Từ ngày 11/01/2021 đến ngày 17/01/2021').waitFor(),
  },
  {
    name: 'Chương trình phối hợp',
    hash: '#/programmes',
    ready: (p) => p.locator('.ant-table-row').first().waitFor(),
  },
  { name: 'Văn bản', hash: '#/documents', ready: (p) => p.locator('.ant-table-row').first().waitFor() },
  {
    name: 'Một văn bản',
    hash: `#/documents/${demoIds.notice2021}`,
    ready: (p) => p.locator('.ProseMirror').waitFor(),
  },
  { name: 'Cán bộ', hash: '#/people', ready: (p) => p.locator('.ant-table-row').first().waitFor() },
  { name: 'Cơ quan', hash: '#/organizations', ready: (p) => p.getByText('Tỉnh ủy Nghệ An (TU)').waitFor() },
  { name: 'Cài đặt', hash: '#/settings', ready: (p) => p.getByText('Ngày bắt đầu nhiệm kỳ').waitFor() },
  {
    name: 'Sao lưu',
    hash: '#/settings/backup',
    ready: (p) => p.getByText('Các bản sao lưu tự động').waitFor(),
  },
];

describe('accessibility of the main screens', () => {
  it('has no critical or serious axe-core violation on any main screen', async () => {
    const found: Record<string, AxeProblem[]> = {};
    for (const screen of screens) {
      await page.goto(`${server.url}${screen.hash}`);
      await page.reload();
      if (screen.tab) await page.getByRole('tab', { name: screen.tab }).click();
      await screen.ready(page);
      await page.waitForTimeout(300); // antd's motion settles (tab ink bar, fades)
      const violations = await seriousViolations(page);
      if (violations.length) found[screen.name] = violations;
    }
    if (Object.keys(found).length) console.log(JSON.stringify(found, null, 2));
    expect(found).toEqual({});
    expect(problems).toEqual([]);
  }, 240_000);
});
