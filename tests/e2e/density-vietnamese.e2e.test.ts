// At 1366×768 the meeting and task lists show ten rows and more at once, each on one line, a long title
// cut with its full text on hover; and what screen readers hear of antd's parts is Vietnamese (tabs,
// number fields, icons).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { plainToRichText } from '../../shared/rich-text';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];
const LONG_TITLE =
  'Hội nghị trực tuyến sơ kết công tác cải cách hành chính, chuyển đổi số và nâng cao chỉ số năng lực cạnh tranh cấp tỉnh sáu tháng đầu năm, triển khai nhiệm vụ sáu tháng cuối năm 2026';

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
  // Thirty meetings of 2026, each with one open task due at the end of the year.
  for (let i = 1; i <= 30; i++) {
    const n = String(i).padStart(2, '0');
    t.services.meetings.save({
      id: `6a000000-0000-4000-8000-0000000000${n}`,
      title: i === 30 ? LONG_TITLE : `Họp giao ban tuần ${i} năm 2026 của Văn phòng UBND tỉnh`,
      kind: 'cuoc-hop',
      startsAt: `2026-10-${String(Math.min(i, 28)).padStart(2, '0')}T08:00:00+07:00`,
      organizerIds: [demoIds.vpub],
      conclusions: [
        {
          id: `6b000000-0000-4000-8000-0000000000${n}`,
          order: 1,
          kind: 'task',
          status: 'open',
          text: plainToRichText(
            `Rà soát, hoàn thiện hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết, đợt ${i}, báo cáo kết quả về Văn phòng UBND tỉnh`,
          ),
          assignees: [{ organizationId: demoIds.vpub, role: 'lead' }],
          dueDate: '2026-12-31',
        },
      ],
    });
  }
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

async function open(hash: string): Promise<Page> {
  const page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}${hash}`);
  return page;
}

/** Rows of the page's table lying wholly inside the window, and how many lines the tallest one takes. */
function visibleRows(page: Page): Promise<{ rows: number; tallest: number }> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.ant-table-row')).filter((r) => {
      const box = r.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    return { rows: rows.length, tallest: Math.max(0, ...rows.map((r) => r.getBoundingClientRect().height)) };
  });
}

describe('lists at 1366×768', () => {
  it('shows at least ten meetings, one line each, a long title cut with the full title on hover', async () => {
    const page = await open('#/meetings');
    await page.getByText('Tổng số:').waitFor();
    await page.locator('.ant-table-row').nth(10).waitFor();
    const { rows, tallest } = await visibleRows(page);
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(tallest).toBeLessThan(48);
    const link = page.getByRole('link', { name: LONG_TITLE });
    await expect(link.getAttribute('title')).resolves.toBe(LONG_TITLE);
    const cut = await link.evaluate((a) => {
      const cell = a.closest('.ant-table-cell')!;
      return cell.scrollWidth > cell.clientWidth || a.scrollWidth > a.clientWidth;
    });
    expect(cut).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows at least ten tasks, one line each, with the reminder banner above them', async () => {
    const page = await open('#/tasks');
    await page
      .getByText(/nhiệm vụ quá hạn/)
      .first()
      .waitFor();
    await page.locator('.ant-table-row').nth(10).waitFor();
    const { rows, tallest } = await visibleRows(page);
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(tallest).toBeLessThan(48);
    const text = page.locator('.ant-table-row td span[title^="Rà soát"]').first();
    await expect(text.getAttribute('title')).resolves.toMatch(/báo cáo kết quả về Văn phòng UBND tỉnh$/);
    // Numbers as Vietnamese write them: "quá hạn 3.618 ngày".
    await expect(page.locator('.deadline-overdue').first().textContent()).resolves.toMatch(
      /^\d\d\/\d\d\/\d{4}\s+quá hạn \d{1,3}(\.\d{3})* ngày$/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('what screen readers hear, in Vietnamese', () => {
  it('reads tabs, number fields and icons without English', async () => {
    const page = await open(`#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: 'Biên bản' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Thẻ \d trên 5$/).waitFor({ state: 'attached' });
    const english = () =>
      page.evaluate(() => {
        const found: string[] = [];
        for (const el of Array.from(document.querySelectorAll('[aria-label]'))) {
          const label = el.getAttribute('aria-label') ?? '';
          if (el.getAttribute('aria-hidden') !== 'true' && /^[a-z-]+$/.test(label)) found.push(label);
        }
        const text = document.body.innerText;
        for (const phrase of ['Increase Value', 'Decrease Value', ' of 5'])
          if (text.includes(phrase) || document.body.innerHTML.includes(phrase)) found.push(phrase);
        return found;
      });
    await expect(english()).resolves.toEqual([]);

    await page.goto(`${server.url}#/programmes`);
    await page.locator('.ant-table-row a').first().click();
    await page.getByText('Nội dung phối hợp').waitFor();
    await expect(page.getByRole('button', { name: 'Tăng giá trị' }).count()).resolves.toBeGreaterThan(0);
    await expect(english()).resolves.toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
