// Following conclusions up in the browser (the preview over a seeded office whose meetings run up to
// today): the task list's filters in the address, a status for several selected rows, the dashboard's
// cards and a chart bar opening the filtered list. Screenshots go to $SOHOP_SHOTS when it is set.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { todayVietnam } from '../../shared/datetime';
import type { TaskStatsRow } from '../../shared/tasks';
import { seedFollowUpOffice, type FollowUpOffice } from '../../scripts/follow-up-office';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let office: FollowUpOffice;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview({ format: 'so-hop-exchange', version: 1 }));
  office = seedFollowUpOffice(t.services, { meetings: 400, today: todayVietnam() });
}, 180_000);
afterAll(() => stopPreview({ t, server, browser }));

async function openPage(hash: string): Promise<Page> {
  const page = await newWatchedPage(browser, problems, {
    viewport: { width: 1440, height: 1000 },
  });
  await page.goto(`${server.url}${hash}`);
  return page;
}
const shot = async (page: Page, name: string) => {
  if (process.env.SOHOP_SHOTS)
    await page.screenshot({ path: path.join(process.env.SOHOP_SHOTS, name), fullPage: true });
};
const countShown = async (page: Page) => Number((await page.locator('p.count strong').textContent()) ?? NaN);
/** Waits until the list's count says `n` (the list reloads after each change). */
const waitForCount = (page: Page, n: number) =>
  page
    .locator('p.count strong')
    .filter({ hasText: new RegExp(`^${n}$`) })
    .waitFor();

describe('Kết luận & nhiệm vụ in the browser', () => {
  it('filters by lead unit and status on the server, keeping the filter in the address', async () => {
    const unit = office.organizations[2]!;
    const page = await openPage('#/tasks');
    await waitForCount(page, t.services.tasks.list({ filter: 'open' }).total);
    await page.getByRole('combobox', { name: 'Đơn vị chủ trì' }).click();
    await page.keyboard.type(
      unit.name.replace('Sở ', '').normalize('NFD').replace(/\p{M}/gu, '').slice(0, 12),
    );
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: unit.name })
      .first()
      .click();
    await waitForCount(page, t.services.tasks.list({ filter: 'open', leadId: unit.id }).total);
    expect(new URL(page.url()).hash).toBe(`#/tasks?lead=${unit.id}`);

    await page.getByText('Quá hạn', { exact: true }).click();
    const overdue = t.services.tasks.list({ filter: 'overdue', leadId: unit.id, limit: 50 });
    await waitForCount(page, overdue.total);
    expect(new URL(page.url()).hash).toBe(`#/tasks?filter=overdue&lead=${unit.id}`);
    // Every row says it is overdue in words, not colour alone.
    const rows = page.locator('tr.row-overdue');
    expect(await rows.count()).toBe(Math.min(50, overdue.total));
    expect(await rows.first().textContent()).toMatch(/quá hạn \d{1,3}(\.\d{3})* ngày/);
    await shot(page, 'tasks-overdue.png');

    // Reloading the address gives the same list.
    await page.reload();
    await waitForCount(page, overdue.total);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sets the status of several selected rows at once', async () => {
    const page = await openPage('#/tasks?filter=due-soon');
    const due = t.services.tasks.list({ filter: 'due-soon', limit: 50 });
    expect(due.total).toBeGreaterThanOrEqual(2);
    await waitForCount(page, due.total);
    const chosen = due.items.slice(0, 2);
    for (const task of chosen)
      await page.getByRole('checkbox', { name: `Chọn nhiệm vụ: ${task.text.slice(0, 80)}` }).check();
    const bar = page.getByRole('region', { name: 'Thao tác với các nhiệm vụ đã chọn' });
    await bar.getByText('Đã chọn 2 nhiệm vụ').waitFor();
    await bar.getByRole('combobox', { name: 'Tình trạng mới' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Hoàn thành' })
      .click();
    await bar.getByRole('button', { name: 'Đổi tình trạng' }).click();
    await page.getByText('Đã đổi tình trạng 2 nhiệm vụ.').waitFor();
    const statuses = chosen.map(
      (task) =>
        (
          t.db.prepare('SELECT status FROM conclusions WHERE id = ?').get(task.conclusionId) as {
            status: string;
          }
        ).status,
    );
    expect(statuses).toEqual(['done', 'done']);
    await waitForCount(page, due.total - 2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the dashboard', () => {
  it('opens the overdue list from its card, by keyboard', async () => {
    const page = await openPage('#/');
    const card = page.getByRole('link', { name: /^Nhiệm vụ quá hạn\b/ });
    await card.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/tasks\?filter=overdue$/);
    await waitForCount(page, t.services.tasks.list({ filter: 'overdue' }).total);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the filtered list when a bar of a chart is clicked', async () => {
    const page = await openPage('#/');
    const charts = page.locator('.dashboard-charts .recharts-wrapper');
    await charts.nth(1).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await shot(page, 'dashboard.png');
    // The first chart's top unit: its overdue bar (the third series) opens its overdue tasks.
    const byUnit = t.services.tasks.stats({ by: 'unit' });
    const top = byUnit[0] as TaskStatsRow;
    expect(top.overdue).toBeGreaterThan(0);
    await charts.nth(0).locator('.recharts-bar').nth(2).locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((url) => url.hash === `#/tasks?filter=overdue&lead=${top.key}`);
    await waitForCount(page, t.services.tasks.list({ filter: 'overdue', leadId: top.key }).total);
    expect(await countShown(page)).toBe(top.overdue);

    // The month chart: the latest month with tasks on track; its bar opens that month's open tasks.
    await page.goBack();
    const month = t.services.tasks
      .stats({ by: 'month' })
      .filter((r) => r.onTrack > 0)
      .at(-1) as TaskStatsRow;
    await charts.nth(1).locator('.recharts-bar').nth(1).locator('.recharts-bar-rectangle').last().click();
    await page.waitForURL((url) => url.hash.startsWith(`#/tasks?filter=on-track&from=${month.key}-01&to=`));
    expect(await countShown(page)).toBe(month.onTrack);
    await page.getByText(`Họp từ 01/${month.key.slice(5, 7)}/${month.key.slice(0, 4)}`).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
