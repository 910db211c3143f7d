// A secretary's detours removed, in the browser: a unit added from inside the organizer picker, a
// programme copied once however often the button is clicked, a meeting deleted to the Thùng rác and
// restored, and a meeting created with the keyboard alone.
import type { Browser, Page } from 'playwright-core';
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

async function openPage(hash: string): Promise<Page> {
  const page = await newWatchedPage(browser, problems, {
    viewport: { width: 1366, height: 768 },
  });
  await page.goto(`${server.url}${hash}`);
  return page;
}

const firstOptionIs = (page: Page, name: string) =>
  page.waitForFunction((n) => {
    const first = document.querySelector(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    if (!first?.classList.contains('ant-select-item-option-active')) return false;
    // The name alone, without the person's latest title a person picker adds after it.
    const label = first.cloneNode(true) as Element;
    label.querySelectorAll('.option-detail').forEach((detail) => detail.remove());
    return label.textContent === n;
  }, name);

describe('a secretary without detours', () => {
  it('adds a new unit from inside the organizer picker, prefilled, and selects it', async () => {
    const page = await openPage('#/meetings/new');
    await page.locator('#meeting-title').fill('Họp bàn công tác cải cách hành chính');
    const picker = page.getByRole('combobox', { name: 'Cơ quan chủ trì' });
    await picker.click();
    await picker.fill('Sở Nội vụ tỉnh Nghệ An');
    await page.getByText('+ Thêm cơ quan “Sở Nội vụ tỉnh Nghệ An”…').click();
    await expect(page.locator('#new-org-name').inputValue()).resolves.toBe('Sở Nội vụ tỉnh Nghệ An');
    await page.locator('#new-org-symbol').fill('SNV');
    await page.getByRole('button', { name: 'Lưu cơ quan' }).click();
    await page.getByText('Đã thêm cơ quan “Sở Nội vụ tỉnh Nghệ An”.').waitFor();
    await page.getByText(/Đã lưu lúc/).waitFor();
    const id = /#\/meetings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
    const org = t.services.organizations.list({ text: 'snv' })[0];
    expect(org?.name).toBe('Sở Nội vụ tỉnh Nghệ An');
    expect(t.services.meetings.get(id).organizerIds).toEqual([org?.id]);

    // The abbreviation finds it, ranked first, and Enter takes it.
    await picker.click();
    await picker.fill('ubnd');
    await firstOptionIs(page, 'Ủy ban nhân dân tỉnh Nghệ An');
    await page.keyboard.press('Enter');
    await page.getByText(/Đã lưu lúc/).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
    expect(t.services.meetings.get(id).organizerIds).toEqual([org?.id, demoIds.ubnd]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copies a programme to the next year once, even on a double click, and opens the new draft', async () => {
    const page = await openPage('#/programmes');
    const [source] = t.services.programmes.list();
    const button = page.getByRole('button', { name: `Sao chép sang năm 2020: ${source?.title}` });
    await button.dblclick();
    await page.getByText(/Đã sao chép sang năm 2020/).waitFor();
    await page.getByText('Nội dung phối hợp').waitFor();
    const copies = t.services.programmes.list(2020);
    expect(copies).toHaveLength(1);
    expect(page.url()).toContain(`#/programmes/${copies[0]?.id}`);
    await expect(page.locator('#programme-title').inputValue()).resolves.toContain('năm 2020');
    expect(JSON.stringify(t.services.programmes.get(copies[0]!.id).items)).toContain('Quý I - Quý IV/2020');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves a meeting with its issued notice to the Thùng rác and restores both', async () => {
    const page = await openPage(`#/meetings/${demoIds.meeting2015}`);
    await page.getByRole('button', { name: 'Xóa cuộc họp' }).click();
    await page.getByText('1 văn bản').waitFor();
    await page.getByText(/Số 05\/TB-VPUB \(đã ban hành\)/).waitFor();
    await page.getByRole('button', { name: 'Chuyển vào Thùng rác' }).click();
    await page.getByText('Tổng số:').waitFor();
    expect(t.services.meetings.list().items.map((m) => m.id)).not.toContain(demoIds.meeting2015);
    expect(t.services.documents.list({}).items.map((d) => d.id)).not.toContain(demoIds.notice2015);

    await page.getByRole('menuitem', { name: 'Thùng rác' }).click();
    const row = page.locator('.trash .ant-table-row').filter({ hasText: 'kèm 1 văn bản: 05/TB-VPUB' });
    await row.getByRole('button', { name: /^Khôi phục/ }).click();
    await page.getByText(/Đã khôi phục cuộc họp/).waitFor();
    await page.getByText('Thùng rác trống').waitFor();
    expect(t.services.meetings.get(demoIds.meeting2015).id).toBe(demoIds.meeting2015);
    expect(t.services.documents.get(demoIds.notice2015)).toMatchObject({ status: 'issued', number: 5 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('creates a meeting with its organizer and attendees using the keyboard only', async () => {
    const page = await openPage('#/meetings');
    await page.getByText('Tổng số:').waitFor();
    await page.keyboard.press('Control+n');
    await page.locator('#meeting-title').waitFor();
    // The title has the caret.
    await page.keyboard.type('Giao ban tuần của Văn phòng');
    const toField = async (selector: string) => {
      for (
        let i = 0;
        i < 12 && !(await page.locator(selector).evaluate((el) => el === document.activeElement));
        i++
      )
        await page.keyboard.press('Tab');
    };
    await toField('#meeting-organizers');
    await page.keyboard.type('vpub');
    await firstOptionIs(page, 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByText(/Đã lưu lúc/).waitFor();
    const id = /#\/meetings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;

    // Tabs are reached with Shift+Tab and moved with the arrow keys.
    const tab = page.getByRole('tab', { name: 'Thông tin chung' });
    for (let i = 0; i < 20 && !(await tab.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /Thành phần/, selected: true }).waitFor();
    await page.keyboard.press('Tab');
    const picker = page.getByRole('combobox', { name: 'Thêm người dự họp' });
    for (let i = 0; i < 10 && !(await picker.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    for (const [typed, name] of [
      ['nguyen duc trung', 'Nguyễn Đức Trung'],
      ['cao thi hien', 'Cao Thị Hiền'],
    ] as const) {
      await page.keyboard.type(typed);
      await firstOptionIs(page, name);
      await page.keyboard.press('Enter');
      await page.locator('.attendees .ant-table-row').filter({ hasText: name }).waitFor();
    }
    await page.keyboard.press('Control+s');
    await page.getByText(/Đã lưu lúc/).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
    const meeting = t.services.meetings.get(id);
    expect(meeting.title).toBe('Giao ban tuần của Văn phòng');
    expect(meeting.organizerIds).toEqual([demoIds.vpub]);
    expect(meeting.attendees?.map((a) => a.personId)).toEqual([demoIds.nguyenDucTrung, demoIds.caoThiHien]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
