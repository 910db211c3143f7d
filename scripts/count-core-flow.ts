// `npx tsx scripts/count-core-flow.ts`: drives the core job of a secretary in Chromium (built renderer,
// demo directory, office default organizer set) and counts what the user does: mouse clicks and
// keystrokes, Vietnamese typed in Telex (ế = e e s: three keys). The flow: a new meeting with its
// time and place, 3 attendees, a paragraph of minutes, one conclusion task with a lead unit and a due
// date, then a thông báo kết luận drafted, issued and exported. COUNT_OFFICE=new runs the first meeting
// of a new office instead: an empty database, so the organizer unit and the three attendees are added
// from inside the meeting's pickers ("+ Thêm cơ quan …", "+ Thêm cán bộ mới …"), up to the drafted notice.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from 'playwright-core';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { demoExchange, demoIds, demoPartyTermStart } from '../main/demo/seed-data';
import { createHandlers } from '../main/ipc/handlers';
import { startPreviewServer } from '../main/preview/server';
import { createServices } from '../main/services';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.SOHOP_CHROMIUM ?? '/usr/bin/chromium';

/** Keys to type a character in Telex: the letter, +1 for ˆ ˘ ơ/ư, +1 for a tone, đ = d d. */
export function telexKeys(text: string): number {
  let keys = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      keys += 2;
      continue;
    }
    const marks = [...ch.normalize('NFD')].slice(1);
    keys += 1 + marks.length;
  }
  return keys;
}

const count = { clicks: 0, keys: 0 };
const click = async (target: Locator) => {
  count.clicks++;
  await target.click();
};
const type = async (page: Page, text: string) => {
  count.keys += telexKeys(text);
  await page.keyboard.type(text);
};
/** The same keystrokes, given to a search box at once (antd's select misreads very fast typing). */
const typeInto = async (target: Locator, text: string) => {
  count.keys += telexKeys(text);
  await target.fill(text);
};
const press = async (page: Page, key: string) => {
  count.keys++;
  await page.keyboard.press(key);
};
const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
/** Clicks into a field unless the screen already put the caret there. */
const focus = async (target: Locator) => {
  if (!(await focused(target))) await click(target);
};

/** Waits until the open list shows what was typed for (not the list from before the typing). */
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

/** Waits until the open list's active option is the one offering to add what was typed. */
const addOptionIsActive = (page: Page, prefix: string) =>
  page.waitForFunction((p) => {
    const active = document.querySelector(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active',
    );
    return active?.textContent?.startsWith(p) ?? false;
  }, prefix);

const newOffice = process.env.COUNT_OFFICE === 'new';

/**
 * Takes the option found. COUNT_PICK=click clicks it: before the pickers were mended, Enter could take
 * the first option of the list from before the typing, so a user had to click.
 */
const pick = async (page: Page, name: string) => {
  if (process.env.COUNT_PICK === 'click')
    await click(
      page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first(),
    );
  else await press(page, 'Enter');
};

async function flow(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/meetings`);
  await page.getByText('Tổng số:').waitFor();
  await click(page.getByRole('button', { name: /Cuộc họp mới/ }));
  const title = page.locator('#meeting-title');
  await title.waitFor();
  await focus(title);
  await type(page, 'Họp giao ban Văn phòng tháng 01/2024');
  const starts = page.locator('#meeting-starts');
  await click(starts);
  await press(page, 'Control+a');
  await type(page, '11/01/2024 14:00');
  await press(page, 'Enter');
  await click(page.locator('#meeting-location'));
  await type(page, 'Phòng họp số 1');
  if (newOffice) {
    // No default organizer yet: the unit is added from the organizer picker, its name prefilled.
    const organizer = page.getByRole('combobox', { name: 'Cơ quan chủ trì' });
    await click(organizer);
    await typeInto(organizer, 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
    await addOptionIsActive(page, '+ Thêm cơ quan');
    await press(page, 'Enter');
    await page.locator('#new-org-name').waitFor();
    await press(page, 'Enter');
    await page.getByText('Đã thêm cơ quan “Văn phòng Ủy ban nhân dân tỉnh Nghệ An”.').waitFor();
  }
  await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });

  await click(page.getByRole('tab', { name: /Thành phần/ }));
  const picker = page.getByRole('combobox', { name: 'Thêm người dự họp' });
  for (const [typed, name, title] of [
    ['nguyen duc trung', 'Nguyễn Đức Trung', 'Chánh Văn phòng'],
    ['cao thi hien', 'Cao Thị Hiền', 'Phó Chánh Văn phòng'],
    ['le dinh son', 'Lê Đình Sơn', 'Trưởng phòng Tổng hợp'],
  ] as const) {
    await focus(picker);
    if (newOffice) {
      // An empty directory: the full name is typed once, then the title of the day, in the meeting.
      await typeInto(picker, name);
      await addOptionIsActive(page, '+ Thêm cán bộ mới');
      await press(page, 'Enter');
      await page.getByLabel('Họ và tên cán bộ mới').waitFor();
      await press(page, 'Tab'); // Giới tính
      await press(page, 'Tab'); // Chức vụ
      await type(page, title);
      await press(page, 'Enter');
    } else {
      await typeInto(picker, typed);
      await firstOptionIs(page, name);
      await pick(page, name);
    }
    await page.getByRole('row').filter({ hasText: name }).waitFor();
  }

  await click(page.getByRole('tab', { name: 'Biên bản' }));
  const editor = page.getByRole('textbox', { name: 'Nội dung biên bản' });
  await focus(editor);
  await type(
    page,
    'Đồng chí Chánh Văn phòng chủ trì cuộc họp, đánh giá kết quả công tác tháng 12/2023 và triển khai nhiệm vụ tháng 01/2024. Các phòng báo cáo tiến độ; ý kiến thống nhất giao Phòng Tổng hợp tham mưu dự thảo kế hoạch.',
  );

  await click(page.getByRole('tab', { name: /Kết luận/ }));
  await click(page.getByRole('button', { name: 'Thêm kết luận' }));
  const text = page.getByLabel('Nội dung kết luận 1');
  await focus(text);
  await type(page, 'Phòng Tổng hợp dự thảo kế hoạch công tác quý I/2024, trình trước ngày 20/01/2024.');
  const kind = page.getByRole('combobox', { name: 'Loại kết luận 1' });
  await click(kind);
  await click(
    page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Nhiệm vụ' }),
  );
  const lead = page.getByRole('combobox', { name: 'Đơn vị chủ trì' });
  await click(lead);
  await typeInto(lead, 'van phong');
  await firstOptionIs(page, 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
  await pick(page, 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
  await click(page.getByRole('textbox', { name: 'Thời hạn' }));
  await type(page, '20/01/2024');
  await press(page, 'Enter');
  await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });

  await click(page.getByRole('tab', { name: 'Văn bản' }));
  await click(page.getByRole('button', { name: /Tạo thông báo kết luận/ }));
  const row = page.locator('.meeting-documents .ant-table-row').filter({ hasText: 'Dự thảo' }).first();
  await row.waitFor();
  // A new office has no signer yet: a document is issued only with its signer's name, chosen once in
  // Cài đặt (người ký mặc định) or in the document. The new-office count ends at the drafted notice.
  if (newOffice) return;
  await click(row.getByRole('button', { name: /Ban hành/ }));
  await click(page.getByRole('button', { name: 'Ban hành', exact: true }).last());
  await page
    .getByText(/Đã ban hành/)
    .first()
    .waitFor();
  const issued = page.locator('.meeting-documents .ant-table-row').filter({ hasText: 'Đã ban hành' }).first();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    click(issued.getByRole('button', { name: /Xuất DOCX/ })),
  ]);
  if (!download.suggestedFilename().endsWith('.docx')) throw new Error('no DOCX was exported');
}

/** The demo directory and an office profile with its default organizer, issuer and signer. */
function seedFilledOffice(services: ReturnType<typeof createServices>): void {
  services.exchange.import(demoExchange());
  services.settings.save({
    defaultIssuerId: demoIds.vpub,
    place: 'Nghệ An',
    // The office's usual signer, named: a document is issued only with its signer's name (issue 9).
    defaultSigners: [
      {
        organizationId: demoIds.vpub,
        chain: [{ authority: 'TL', body: 'CHỦ TỊCH' }],
        position: 'CHÁNH VĂN PHÒNG',
        personId: demoIds.nguyenXuanDuong,
      },
    ],
    defaultRecipients: ['- Như trên;', '- Lưu: VT.'],
    partyTermStart: demoPartyTermStart,
    partyInvitationSymbol: 'GM',
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-count-'));
  const databasePath = path.join(dir, 'count.sqlite');
  const db = openDatabase(databasePath);
  const services = createServices(db);
  if (!newOffice) seedFilledOffice(services);
  const server = await startPreviewServer({
    handlers: createHandlers(services, { version: 'count', databasePath }),
    rendererDir: path.join(repoRoot, 'out', 'renderer'),
    port: 0,
    token: crypto.randomBytes(24).toString('hex'),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    page.setDefaultTimeout(15_000);
    try {
      await flow(page, server.url);
    } catch (error) {
      await page.screenshot({ path: path.join(os.tmpdir(), 'count-core-flow-failed.png') });
      throw error;
    }
    console.log(
      `core flow${newOffice ? ' (new office)' : ''}: ${count.clicks} clicks, ${count.keys} keystrokes (Telex)`,
    );
  } finally {
    await browser.close();
    await server.close();
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
