// Following a task up from Kết luận & nhiệm vụ in the browser, against the preview and a temporary
// database holding the demo data: status, due date and a progress note, checked in the rows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { todayVietnam } from '../../shared/datetime';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

async function openPage(hash: string): Promise<Page> {
  const page = await newWatchedPage(browser, problems);
  await page.goto(`${server.url}${hash}`);
  return page;
}

const rows = (id: string) => ({
  conclusion: t.db.prepare('SELECT status, due_date, updated_at FROM conclusions WHERE id = ?').get(id) as {
    status: string;
    due_date: string | null;
    updated_at: string;
  },
  progress: t.db
    .prepare('SELECT date, note FROM conclusion_progress WHERE conclusion_id = ? ORDER BY seq')
    .all(id) as { date: string; note: string }[],
});

describe('task follow-up in the browser', () => {
  it('updates a task from the list: status, due date and a progress note, without opening the meeting', async () => {
    const task = t.services.tasks.list({ filter: 'open' }).items[0];
    if (!task) throw new Error('the demo data has no open task');
    const before = rows(task.conclusionId);
    const meetingBefore = t.services.meetings.get(task.meetingId).updatedAt;

    const page = await openPage('#/tasks');
    await page.getByRole('button', { name: `Cập nhật nhiệm vụ: ${task.text.slice(0, 80)}` }).click();
    const drawer = page.getByRole('dialog', { name: 'Theo dõi nhiệm vụ' });
    await drawer.getByText(task.meetingTitle).waitFor();

    // Keyboard only: the status select, the due date typed, the note, Ctrl+Enter.
    await drawer.getByRole('combobox', { name: 'Tình trạng' }).focus();
    await page.keyboard.press('Enter');
    const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
    for (let i = 0; i < 4 && (await active.textContent()) !== 'Hoàn thành'; i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await drawer
      .locator('.ant-select-content, .ant-select-selection-item')
      .filter({ hasText: 'Hoàn thành' })
      .first()
      .waitFor();
    // Tab only once the list has closed: pressed while it closes, it stays in the select.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].every(
        (d) => d.offsetParent === null || getComputedStyle(d).visibility === 'hidden',
      ),
    );
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Thời hạn');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('15/12/2026');
    await page.keyboard.press('Enter');
    const note = drawer.getByRole('textbox', { name: 'Nội dung tiến độ' });
    await note.focus();
    await page.keyboard.type('Đã hoàn thành; Sở Nội vụ báo cáo bằng văn bản.');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Đã cập nhật nhiệm vụ.').waitFor();

    const after = rows(task.conclusionId);
    expect(after.conclusion.status).toBe('done');
    expect(after.conclusion.due_date).toBe('2026-12-15');
    expect(after.progress).toEqual([
      ...before.progress,
      {
        date: todayVietnam(), // the note's date defaults to today
        note: 'Đã hoàn thành; Sở Nội vụ báo cáo bằng văn bản.',
      },
    ]);
    expect(after.conclusion.updated_at > before.conclusion.updated_at).toBe(true);
    expect(t.services.meetings.get(task.meetingId).updatedAt > meetingBefore).toBe(true);

    // The drawer lists the new note first; the "open" list no longer holds the finished task.
    await expect(drawer.locator('.progress-history li').first().textContent()).resolves.toContain(
      'Sở Nội vụ báo cáo bằng văn bản.',
    );
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: `Cập nhật nhiệm vụ: ${task.text.slice(0, 80)}` })
      .waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
