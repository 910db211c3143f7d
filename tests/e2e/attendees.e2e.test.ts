// The attendees tab opens its rows as text (no editor mounted) and puts a row's editors in place when
// one of its fields is clicked or reached with Tab: the title of the day, the role and the unit are
// edited through that path with the mouse and with the keyboard alone, attendees are added and
// removed, and what is saved is checked in the database.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { openMeetingPage, startPreview, stopPreview, type TestDb } from './harness';

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
  // The names come after the rows: the fields are named after them.
  await page.getByRole('button', { name: 'Chức vụ của Nguyễn Đức Trung' }).waitFor();
  return page;
}

const saved = async (page: Page) => {
  await page.keyboard.press('Control+s');
  await page.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes('Đang lưu'));
};

const attendee = (personId: string) =>
  t.services.meetings.get(demoIds.meeting2021).attendees?.find((a) => a.personId === personId);

describe('the attendees tab, text until a row is edited', () => {
  it('edits a title of the day, a role and a unit with the mouse, adds and removes an attendee', async () => {
    const page = await openMeeting();
    const table = page.locator('.attendees');
    // Opened as text: the title reads in the row, and no editor is mounted.
    const trung = table.locator('.ant-table-row').filter({ hasText: 'Nguyễn Đức Trung' });
    await expect(trung.textContent()).resolves.toContain('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    expect(await table.locator('textarea, input, [role="combobox"]').count()).toBe(0);

    // A click on the title: the row's editors, the caret in the title.
    await page.getByRole('button', { name: 'Chức vụ của Nguyễn Đức Trung' }).click();
    const title = page.locator('textarea[aria-label="Chức vụ của Nguyễn Đức Trung"]');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Chức vụ của Nguyễn Đức Trung',
    );
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Chủ tịch Ủy ban nhân dân tỉnh');
    await expect(title.inputValue()).resolves.toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    // Only that row is edited: the others are still text.
    expect(await table.locator('textarea').count()).toBe(1);

    // A click on another row's role opens its list.
    await page.getByRole('button', { name: 'Vai trò của Cao Thị Hiền' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('Đồng chủ trì', { exact: true }).click();
    // A click on a unit: its list opens, typed text narrows it.
    await page.getByRole('button', { name: 'Cơ quan của Hoàng Văn Nhiên' }).click();
    await page.keyboard.type('ubnd');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Ủy ban nhân dân tỉnh Nghệ An' })
      .first()
      .click();

    // Add one through the picker, remove another with its row's button.
    const picker = page.getByRole('combobox', { name: 'Thêm người dự họp' });
    await picker.click();
    await picker.fill('le dinh son');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Lê Đình Sơn' })
      .first()
      .click();
    await table.locator('.ant-table-row').filter({ hasText: 'Lê Đình Sơn' }).waitFor();
    await page.getByRole('button', { name: 'Bỏ Lê Thị Hồng Khanh khỏi thành phần' }).click();
    await table
      .locator('.ant-table-row')
      .filter({ hasText: 'Lê Thị Hồng Khanh' })
      .waitFor({ state: 'detached' });
    await saved(page);

    expect(attendee(demoIds.nguyenDucTrung)?.position).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    expect(attendee(demoIds.caoThiHien)?.role).toBe('co-chair');
    expect(attendee(demoIds.hoangVanNhien)?.organizationId).toBe(demoIds.ubnd);
    expect(attendee(demoIds.leDinhSon)).toBeTruthy();
    expect(attendee(demoIds.leThiHongKhanh)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reaches a row’s editors with Tab and edits its role and title with the keyboard alone', async () => {
    const page = await openMeeting();
    const isFocused = (name: string) =>
      page.evaluate((label) => document.activeElement?.getAttribute('aria-label') === label, name);
    // From the picker, Tab walks the rows: the focus reaching a text field puts its editor there.
    await page.getByRole('combobox', { name: 'Thêm người dự họp' }).focus();
    for (let i = 0; i < 40 && !(await isFocused('Vai trò của Cao Thị Hiền')); i++)
      await page.keyboard.press('Tab');
    await expect(isFocused('Vai trò của Cao Thị Hiền')).resolves.toBe(true);
    await expect(
      page.getByRole('combobox', { name: 'Vai trò của Cao Thị Hiền' }).evaluate((el) => el.tagName),
    ).resolves.toBe('INPUT');
    // The role with the arrows, as in any antd select.
    await page.keyboard.press('Enter');
    const thuKy = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Thư ký' });
    await thuKy.waitFor();
    const activeOption = () =>
      page.evaluate(
        () =>
          document.querySelector(
            '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active',
          )?.textContent ?? '',
      );
    // Down the list until "Thư ký" is the active option (each key waits for the move it makes).
    for (let i = 0, active = await activeOption(); i < 8 && active !== 'Thư ký'; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(
        (before) =>
          document.querySelector(
            '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active',
          )?.textContent !== before,
        active,
      );
      active = await activeOption();
    }
    await page.keyboard.press('Enter');
    const role = page.getByRole('combobox', { name: 'Vai trò của Cao Thị Hiền' });
    await page.waitForFunction(
      (el) => el?.getAttribute('aria-expanded') === 'false',
      await role.elementHandle(),
    );
    await page
      .locator('.attendees .ant-table-row', { hasText: 'Cao Thị Hiền' })
      .locator('.ant-select-content[title="Thư ký"]')
      .waitFor();
    // Tab goes on to the title of the same row.
    await page.keyboard.press('Tab');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Chức vụ của Cao Thị Hiền',
    );
    await page.keyboard.press('End');
    await page.keyboard.type(', Thư ký hội nghị');
    await saved(page);

    expect(attendee(demoIds.caoThiHien)?.role).toBe('secretary');
    expect(attendee(demoIds.caoThiHien)?.position).toBe('Phó Chủ tịch HĐND tỉnh, Thư ký hội nghị');
    expect(problems).toEqual([]);
    await page.close();
  });
});
