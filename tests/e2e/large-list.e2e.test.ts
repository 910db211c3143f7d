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

    const box = await page.locator('.virtual-table-scroll').boundingBox();
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

    // Scrolled far down, the rows in view are the ones at that place of the list, with their numbers
    // for screen readers ("row N of 20,001", the header row counted).
    const table = page.getByRole('table', { name: 'Danh sách cuộc họp' });
    await expect(table.getAttribute('aria-rowcount')).resolves.toBe('20001');
    const firstShown = await page.evaluate(() => {
      const scroller = document.querySelector('.virtual-table-scroll')!;
      const top = scroller.getBoundingClientRect().top + 40;
      const row = Array.from(document.querySelectorAll('.meetings .ant-table-row')).find(
        (r) => r.getBoundingClientRect().top >= top,
      );
      return {
        index: Number(row?.getAttribute('aria-rowindex')),
        title: row?.querySelector('a')?.textContent,
      };
    });
    expect(firstShown.index).toBeGreaterThan(200);
    // Newest first: row N (after the header) holds meeting number COUNT - (N - 2).
    expect(firstShown.title).toBe(
      `Hội nghị giao ban số ${COUNT - (firstShown.index - 2)} về cải cách hành chính`,
    );

    // Sorting by title from the header (mouse), then back to time by the keyboard.
    await page.getByRole('columnheader', { name: 'Tên cuộc họp' }).click();
    await expect(
      page.getByRole('columnheader', { name: 'Tên cuộc họp' }).getAttribute('aria-sort'),
    ).resolves.toBe('ascending');
    await page.getByText('Hội nghị giao ban số 1 về cải cách hành chính', { exact: true }).waitFor();
    await expect(
      page.locator('.meetings .ant-table-row').first().getAttribute('aria-rowindex'),
    ).resolves.toBe('2');
    // Time again: newest first; Enter once more: oldest first.
    const time = page.getByRole('columnheader', { name: 'Thời gian' });
    await time.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => time.getAttribute('aria-sort')).toBe('descending');
    await page.getByText(`Hội nghị giao ban số ${COUNT} về cải cách hành chính`).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => time.getAttribute('aria-sort')).toBe('ascending');
    await page.getByText('Hội nghị giao ban số 1 về cải cách hành chính', { exact: true }).waitFor();
    await expect(page.locator('.meetings .ant-table-row a').nth(1).textContent()).resolves.toBe(
      'Hội nghị giao ban số 2 về cải cách hành chính',
    );

    // A double click on a row opens its meeting.
    await page.locator('.meetings .ant-table-row td').first().dblclick();
    await page.getByRole('tab', { name: /Thành phần/ }).waitFor();
    expect(page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.locator('.meetings .ant-table-row').first().waitFor();

    await page.getByLabel('Tìm cuộc họp').fill('giao ban so 12345 ve');
    await page.getByText('Hội nghị giao ban số 12345 về cải cách hành chính').waitFor();
    await expect(page.locator('.count').textContent()).resolves.toContain('Tổng số: 1 cuộc họp');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a meeting saved while Tổng quan was open when "Cuộc họp" is chosen again (its page asked for on the way)', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/meetings`);
    await page.locator('.meetings .ant-table-row').first().waitFor();
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await page.getByText('Nhiệm vụ đang mở').first().waitFor();
    // Saved by another window (or a merge) while the dashboard is shown.
    const org = t.services.organizations.list()[0]!;
    t.services.meetings.save({
      id: randomUUID(),
      title: 'Phiên họp mới nhất, lưu khi đang xem Tổng quan',
      kind: 'phien-hop',
      startsAt: '2030-01-01T01:00:00.000Z',
      organizerIds: [org.id],
    });
    await page.getByRole('menuitem', { name: 'Cuộc họp' }).click();
    await page.getByText('Phiên họp mới nhất, lưu khi đang xem Tổng quan').waitFor();
    await expect(page.locator('.count').textContent()).resolves.toMatch(/Tổng số: 20\.001 cuộc họp/);
    await expect(page.locator('.meetings .ant-table-row a').first().textContent()).resolves.toBe(
      'Phiên họp mới nhất, lưu khi đang xem Tổng quan',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
