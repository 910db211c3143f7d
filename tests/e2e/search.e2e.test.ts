// Search over all the data in the browser: Ctrl+K, answers as the user types (the answer to the last
// keystroke wins), Enter opens the hit where it was found: the minutes scrolled to the word, the
// conclusion marked. Record text is shown as text, never as markup.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { plainToRichText } from '../../shared/rich-text';
import { ID, searchOffice } from '../main/search/fixture';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

const LONG = '0c000000-0000-4000-8000-0000000000aa';

/** The test office, plus a meeting whose minutes run long, with one rare phrase near their end. */
function office() {
  const file = searchOffice();
  const paragraphs = Array.from({ length: 240 }, (_, i) =>
    i === 220
      ? 'Đại diện Sở Nông nghiệp cảnh báo hiện tượng thủy triều đỏ ở vùng biển Quỳnh Lưu trong tháng tới.'
      : `Đoạn ${i + 1}: các đơn vị báo cáo tình hình thực hiện nhiệm vụ được giao trong kỳ, nêu khó khăn và kiến nghị.`,
  );
  file.meetings!.push({
    id: LONG,
    updatedAt: '2024-06-01T08:00:00+07:00',
    title: 'Phiên họp thường kỳ <img src=x onerror="alert(1)"> tháng 6',
    kind: 'phien-hop',
    startsAt: '2024-06-25T08:00:00+07:00',
    organizerIds: [ID.ubnd],
    minutes: plainToRichText(paragraphs.join('\n')),
  });
  return file;
}

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(office()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

async function openPage(hash: string): Promise<Page> {
  const page = await newWatchedPage(browser, problems);
  await page.goto(`${server.url}${hash}`);
  await page.getByRole('combobox', { name: 'Tìm trong toàn bộ dữ liệu' }).waitFor();
  return page;
}

/** Hash navigations are not page loads: wait for the address itself. */
const waitForHash = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(window.location.hash), pattern.source);

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Tìm trong toàn bộ dữ liệu' });
const focused = (page: Page) => searchBox(page).evaluate((el) => el === document.activeElement);

describe('search over all the data in the browser', () => {
  it('answers as the user types and opens the minutes scrolled to the word, selected and marked', async () => {
    const page = await openPage('#/meetings');
    await page.keyboard.press('Control+k');
    await expect(focused(page)).resolves.toBe(true);
    // Typed key by key: many queries go out; the answer shown is the one for the whole text.
    await page.keyboard.type('thuy trieu do', { delay: 25 });
    const option = page.getByRole('option').filter({ hasText: 'Phiên họp thường kỳ' });
    await option.waitFor();
    // An answer to "thuy trieu" or "thuy trieu d" may still be shown: wait for the one to the whole text.
    await option.locator('mark', { hasText: 'đỏ' }).waitFor();
    await expect(page.getByRole('option').count()).resolves.toBe(1);
    await expect(option.locator('mark').allTextContents()).resolves.toEqual(['thủy', 'triều', 'đỏ']);
    await expect(option.textContent()).resolves.toContain('Biên bản');
    // The title's markup is text: no image element, the page title untouched.
    await expect(option.textContent()).resolves.toContain('<img src=x');
    await expect(page.locator('.search-panel img').count()).resolves.toBe(0);

    await page.keyboard.press('Enter');
    await waitForHash(page, new RegExp(`^#/meetings/${LONG}\\?tab=minutes&find=`));
    const editor = page.getByRole('textbox', { name: 'Nội dung biên bản' });
    await editor.waitFor();
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('search-hit'),
    );
    const shown = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'search-hit',
      )!;
      const range = [...highlight][0]!;
      const box = range.getBoundingClientRect();
      return {
        text: range.toString(),
        selected: window.getSelection()?.toString(),
        inView: box.top >= 0 && box.bottom <= window.innerHeight,
        top: box.top,
      };
    });
    expect(shown).toMatchObject({ text: 'thủy', selected: 'thủy', inView: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a conclusion found by its progress note among its meeting’s conclusions, marked', async () => {
    const page = await openPage('#/');
    await searchBox(page).click();
    await page.keyboard.type('kho bac nha nuoc');
    await page.getByRole('option').filter({ hasText: 'Hội nghị giao ban' }).waitFor();
    await page.keyboard.press('Enter');
    await waitForHash(
      page,
      new RegExp(`^#/meetings/${ID.giaoBan}\\?tab=conclusions&conclusion=${ID.taskNoted}$`),
    );
    const card = page.locator(`#conclusion-${ID.taskNoted}`);
    await card.waitFor();
    await expect(card.getAttribute('class')).resolves.toContain('conclusion-card-found');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves with the arrows, filters by kind, and Ctrl+F reaches it outside the editor but not inside', async () => {
    const page = await openPage(`#/meetings/${ID.doLuong}?tab=minutes`);
    const editor = page.getByRole('textbox', { name: 'Nội dung biên bản' });
    await editor.click();
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Tìm trong biên bản' }).waitFor();
    await expect(focused(page)).resolves.toBe(false);
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await page.locator('.page-header h1').click();
    await page.keyboard.press('Control+f');
    await expect(focused(page)).resolves.toBe(true);
    await page.keyboard.type('nong thon moi');
    await page.getByRole('option').first().waitFor();
    await page.locator('.search-filters').getByText('Kết luận', { exact: true }).click();
    // The answer of "all kinds" also has a Kết luận group: wait for the filtered answer, without meetings.
    await page.getByRole('group', { name: 'Cuộc họp' }).waitFor({ state: 'detached' });
    await page.getByRole('group', { name: 'Kết luận' }).waitFor();
    await expect(page.getByRole('group', { name: 'Cuộc họp' }).count()).resolves.toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForHash(page, new RegExp(`conclusion=${ID.taskOther}$`));
    expect(problems).toEqual([]);
    await page.close();
  });
});
