// antd's styles are built once per session (shell/kept-styles.ts): a meeting opened again from the list
// neither takes <style> elements out of the page nor puts them back, and its parts keep antd's look.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

describe('antd styles kept for the session', () => {
  it('opens a meeting a second time without adding or removing a <style>', async () => {
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/meetings`);
    const meeting = page.locator(`a[href="#/meetings/${demoIds.meeting2021}"]`).first();
    const shown = page.getByRole('tab', { name: /Thành phần/, selected: true });
    await meeting.click();
    await shown.waitFor();
    await page.getByRole('menuitem', { name: 'Cuộc họp' }).click();
    await meeting.waitFor();

    await page.evaluate(() => {
      const w = window as unknown as { styleChanges: string[] };
      w.styleChanges = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)])
            if (n.nodeName === 'STYLE') w.styleChanges.push((n.textContent ?? '').slice(0, 60));
      }).observe(document.head, { childList: true, subtree: true });
    });
    await meeting.click();
    await shown.waitFor();
    await page
      .getByRole('button', { name: /^Chức vụ của / })
      .first()
      .waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { styleChanges: string[] }).styleChanges),
    ).resolves.toEqual([]);

    // antd's look is there: the shown tab in the primary colour, the table's header background.
    const look = await page.evaluate(() => ({
      tab: getComputedStyle(document.querySelector('.ant-tabs-tab-active .ant-tabs-tab-btn')!).color,
      header: getComputedStyle(document.querySelector('.attendees .ant-table-thead th')!).backgroundColor,
    }));
    expect(look.tab).not.toBe(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.ant-tabs-tab .ant-tabs-tab-btn')!).color,
      ),
    );
    expect(look.header).not.toBe('rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
    await page.close();
  });
});
