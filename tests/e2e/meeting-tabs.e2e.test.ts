// The meeting's tab strip (drawn without antd's measuring Tabs) behaves as the tabs it replaced: one tab
// in the Tab order, ←/→/Home/End move the focus and say "Thẻ N trên 5", Enter and Space open the focused
// tab, a click opens one; an opened panel is kept when another is shown (what was typed stays), its
// panel is named by its tab; the ink bar is under the tab shown; a new meeting's "Văn bản" is disabled.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { newWatchedPage, openMeetingPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

async function openMeeting(): Promise<Page> {
  const page = await openMeetingPage(browser, server, problems, demoIds.meeting2021);
  return page;
}

/** The focused element's text (a tab's name, with what is announced while it has the focus). */
const focusedTab = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null,
  );
/** The shown panel's accessible name (from aria-labelledby) and how many panels exist. */
const panels = (page: Page) =>
  page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll('[role="tabpanel"]')).filter(
      (p) => p.getAttribute('aria-hidden') === 'false',
    );
    const name = shown[0] && document.getElementById(shown[0].getAttribute('aria-labelledby') ?? '');
    return { shown: shown.length, name: name?.textContent ?? null };
  });

describe('the meeting tabs', () => {
  it('are used with the keyboard alone', async () => {
    const page = await openMeeting();
    const tabs = page.getByRole('tab');
    await expect(tabs.count()).resolves.toBe(5);
    // One tab in the Tab order: the one shown.
    await expect(
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[role="tab"]')).map((t) => t.getAttribute('tabindex')),
      ),
    ).resolves.toEqual(['-1', '0', '-1', '-1', '-1']);

    await page.getByRole('tab', { name: /Thành phần/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(focusedTab(page)).resolves.toBe('Thẻ 3 trên 5Biên bản');
    // Moving the focus does not open the tab.
    await expect(panels(page)).resolves.toMatchObject({
      shown: 1,
      name: expect.stringMatching(/^Thành phần \(\d+\)$/),
    });
    await page.keyboard.press('End');
    await expect(focusedTab(page)).resolves.toBe('Thẻ 5 trên 5Văn bản');
    await page.keyboard.press('ArrowRight');
    await expect(focusedTab(page)).resolves.toBe('Thẻ 1 trên 5Thông tin chung');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /Thông tin chung/, selected: true }).waitFor();
    await page.getByLabel('Tên cuộc họp').waitFor();
    await expect(panels(page)).resolves.toEqual({ shown: 1, name: 'Thẻ 1 trên 5Thông tin chung' });

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.getByRole('tab', { name: /Kết luận/, selected: true }).waitFor();
    // Tab from the strip goes into the panel shown, not through the other tabs.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.getAttribute('aria-hidden')),
    ).resolves.toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('open on a click, keep what was typed in a panel and put the ink bar under the tab shown', async () => {
    const page = await openMeeting();
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    const title = page.getByLabel('Tên cuộc họp');
    await title.fill('Hội nghị tổng kết (sửa)');
    await page.getByRole('tab', { name: /Kết luận/ }).click();
    await page.getByRole('tab', { name: /Kết luận/, selected: true }).waitFor();
    // A click gives no keyboard announcement.
    await expect(page.getByText(/^Thẻ \d trên 5$/).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await expect(title.inputValue()).resolves.toBe('Hội nghị tổng kết (sửa)');
    // The panels opened so far are kept, hidden: three (Thành phần, Thông tin chung, Kết luận).
    await expect(page.locator('[role="tabpanel"]').count()).resolves.toBe(3);

    // Once its slide is over, the bar is as wide as the tab shown, at its foot.
    await page.waitForFunction(
      () => document.querySelector('.ant-tabs-ink-bar')?.getAnimations().length === 0,
    );
    const bar = await page.evaluate(() => {
      const box = (e: Element | null) => {
        const r = e?.getBoundingClientRect();
        return r ? [r.left, r.width, r.bottom] : null;
      };
      return {
        ink: box(document.querySelector('.ant-tabs-ink-bar')),
        tab: box(document.querySelector('.ant-tabs-tab-active')),
      };
    });
    expect(bar.ink).not.toBeNull();
    expect(bar.ink).toEqual(bar.tab);
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('.ant-tabs-ink-bar')!).height),
    ).resolves.toBe('2px');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leave "Văn bản" disabled on a new meeting and skip it with the arrows', async () => {
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/meetings/new`);
    const documents = page.getByRole('tab', { name: 'Văn bản' });
    await documents.waitFor();
    await expect(documents.getAttribute('aria-disabled')).resolves.toBe('true');
    await documents.click({ force: true });
    await page.getByRole('tab', { name: 'Thông tin chung', selected: true }).waitFor();
    await page.getByRole('tab', { name: /Kết luận/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(focusedTab(page)).resolves.toBe('Thẻ 1 trên 4Thông tin chung');
    expect(problems).toEqual([]);
    await page.close();
  });
});
