// 20,000 meetings: the list opens quickly, keeps only the visible rows in the DOM (virtualized),
// fetches further pages while scrolling, and filters on the server.
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

const COUNT = 20_000;
let t: TestDb;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  const org = { id: randomUUID(), name: 'Văn phòng UBND tỉnh Nghệ An', family: 'state' };
  const start = Date.parse('2016-01-04T08:00:00+07:00');
  ({ t, server, browser } = await startPreview({
    format: 'so-hop-exchange',
    version: 1,
    organizations: [org],
    meetings: Array.from({ length: COUNT }, (_, i) => ({
      id: randomUUID(),
      title: `Hội nghị giao ban số ${i + 1} về cải cách hành chính`,
      kind: 'cuoc-hop',
      startsAt: new Date(start + i * 4 * 3600_000).toISOString(),
      organizerIds: [org.id],
    })),
  }));
}, 180_000);

afterAll(() => stopPreview({ t, server, browser }));

describe('a list of 20,000 meetings', () => {
  it('renders few rows, loads pages while scrolling, and searches on the server', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/meetings`);
    await page.getByText(`Hội nghị giao ban số ${COUNT} về`).waitFor();
    await expect(page.locator('.count').textContent()).resolves.toMatch(
      /Tổng số: 20\.000 cuộc họp \(đã tải 200\)/,
    );
    expect(await page.locator('.ant-table-row').count()).toBeLessThan(60);

    const box = await page.locator('.ant-table-tbody-virtual').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 200);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 4_000);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => {
      const loaded = /đã tải ([\d.]+)/.exec(document.querySelector('.count')?.textContent ?? '')?.[1];
      return Number(loaded?.replace(/\./g, '')) > 200;
    });
    expect(await page.locator('.ant-table-row').count()).toBeLessThan(60);

    await page.getByLabel('Tìm cuộc họp').fill('giao ban so 12345 ve');
    await page.getByText('Hội nghị giao ban số 12345 về cải cách hành chính').waitFor();
    await expect(page.locator('.count').textContent()).resolves.toContain('Tổng số: 1 cuộc họp');
    expect(problems).toEqual([]);
    await page.close();
  });
});
