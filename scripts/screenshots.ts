// `npm run screenshots [-- NAME…]`: every main screen (or those whose names start with NAME), with the
// demo data, as PNG files in screenshots/ (ignored by git), so anyone can look at the UI. Runs the built
// renderer (out/renderer) in Debian's Chromium against the real services on a temporary database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { demoExchange, demoIds, demoPartyTermStart } from '../main/demo/seed-data';
import { BODY_SAMPLE_ID, saveBodySample } from '../main/documents/body-sample';
import { createHandlers } from '../main/ipc/handlers';
import { startPreviewServer } from '../main/preview/server';
import { createServices } from '../main/services';

/** A meeting with empty minutes, to show the outline offered and made from it. */
const EMPTY_MINUTES_MEETING = '5c1d2e3f-0000-4000-8000-00000000e001';
/** A state draft made for the screenshots, whose signer is given a three-line chain. */
const SCREENSHOT_DRAFT = '5c1d2e3f-0000-4000-8000-00000000d001';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repoRoot, 'screenshots');
const chromiumPath = process.env.SOHOP_CHROMIUM ?? '/usr/bin/chromium';

const screens: {
  name: string;
  hash: string;
  waitFor: string;
  tab?: string;
  /** Steps after the screen is shown, before the picture. */
  then?: (page: Page) => Promise<void>;
}[] = [
  { name: '01-tong-quan', hash: '#/', waitFor: 'Nhiệm vụ đang mở' },
  { name: '02-cuoc-hop', hash: '#/meetings', waitFor: 'Tổng số:' },
  {
    name: '03-cuoc-hop-thong-tin',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'Thông tin chung',
    tab: 'Thông tin chung',
  },
  {
    name: '04-cuoc-hop-thanh-phan',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'Họ và tên',
    tab: 'Thành phần',
  },
  {
    name: '04b-chon-nguoi-du-hop',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'Họ và tên',
    tab: 'Thành phần',
    then: async (page) => {
      const picker = page.getByRole('combobox', { name: 'Thêm người dự họp' });
      await picker.click();
      await picker.fill('nguyen');
      await page.locator('.ant-select-dropdown:visible .option-detail').first().waitFor();
    },
  },
  {
    name: '05-cuoc-hop-bien-ban',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'từ ·',
    tab: 'Biên bản',
  },
  {
    name: '05b-bien-ban-trong-dan-y',
    hash: `#/meetings/${EMPTY_MINUTES_MEETING}?tab=minutes`,
    waitFor: 'Tạo dàn ý từ cuộc họp',
  },
  {
    name: '05c-bien-ban-tu-dan-y',
    hash: `#/meetings/${EMPTY_MINUTES_MEETING}?tab=minutes`,
    waitFor: 'Tạo dàn ý từ cuộc họp',
    then: async (page) => {
      await page.getByRole('button', { name: 'Tạo dàn ý từ cuộc họp' }).click();
      await page.locator('.ProseMirror').getByText('Thời gian bắt đầu:').waitFor();
    },
  },
  {
    name: '05d-bien-ban-thanh-ket-luan',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'từ ·',
    tab: 'Biên bản',
    then: async (page) => {
      await page.locator('.ProseMirror p').nth(1).click({ clickCount: 3 });
      await page.getByRole('button', { name: 'Thành nhiệm vụ' }).waitFor();
    },
  },
  {
    name: '05e-thanh-nhiem-vu-chon-han',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'từ ·',
    tab: 'Biên bản',
    then: async (page) => {
      // The screen before left this meeting open with a selection: start afresh.
      await page.reload();
      await page.getByRole('tab', { name: 'Biên bản' }).click();
      await page.locator('.ProseMirror p').nth(1).click({ clickCount: 3 });
      await page.keyboard.press('Control+Shift+N');
      await page.getByRole('dialog', { name: 'Thành nhiệm vụ' }).getByLabel('Thời hạn').click();
      await page.locator('.ant-picker-dropdown:visible').waitFor();
    },
  },
  {
    name: '06-cuoc-hop-ket-luan',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'Thêm kết luận',
    tab: 'Kết luận',
  },
  {
    name: '06b-cuoc-hop-van-ban',
    hash: `#/meetings/${demoIds.meeting2015}`,
    waitFor: 'Tạo thông báo kết luận',
    tab: 'Văn bản',
    then: async (page) => {
      await page.getByRole('button', { name: /Tạo thông báo kết luận/ }).click();
      await page.getByText('Đã tạo dự thảo').waitFor();
    },
  },
  {
    name: '06d-cuoc-hop-giay-moi',
    hash: `#/meetings/${demoIds.meeting2021}`,
    waitFor: 'Tạo giấy mời',
    tab: 'Văn bản',
    then: async (page) => {
      await page.getByRole('button', { name: /Tạo giấy mời/ }).click();
      await page.getByText('Cuộc họp đã diễn ra hoặc diễn ra hôm nay').waitFor();
    },
  },
  {
    name: '06c-xem-truoc-docx',
    hash: `#/meetings/${demoIds.meeting2015}`,
    waitFor: 'Tạo thông báo kết luận',
    tab: 'Văn bản',
    then: async (page) => {
      await page
        .getByRole('button', { name: /Xem trước/ })
        .first()
        .click();
      await page.locator('.docx-preview section.docx').first().waitFor();
    },
  },
  { name: '07-cuoc-hop-moi', hash: '#/meetings/new', waitFor: 'Cần nhập tên cuộc họp' },
  { name: '08-nhiem-vu', hash: '#/tasks', waitFor: 'nhiệm vụ' },
  {
    name: '08b-nhiem-vu-theo-doi',
    hash: '#/tasks',
    waitFor: 'nhiệm vụ',
    then: async (page) => {
      await page
        .getByRole('button', { name: /^Cập nhật nhiệm vụ/ })
        .last()
        .click();
      await page.getByText(/Tiến độ đã ghi/).waitFor();
      await page
        .getByRole('textbox', { name: 'Nội dung tiến độ' })
        .fill('Sở đã trình dự thảo, chờ ý kiến các ngành.');
      await page.waitForTimeout(300);
    },
  },
  { name: '09-chuong-trinh', hash: '#/programmes', waitFor: 'Tên chương trình' },
  {
    name: '09b-chuong-trinh-chi-tiet',
    hash: '#/programmes',
    waitFor: 'Tên chương trình',
    then: async (page) => {
      await page.locator('.ant-table-row a').first().click();
      await page.getByText('Nội dung phối hợp').waitFor();
      await page.waitForTimeout(300);
    },
  },
  { name: '10-van-ban', hash: '#/documents', waitFor: 'Trích yếu' },
  {
    name: '10b-van-ban-chi-tiet',
    hash: '#/documents',
    waitFor: 'Trích yếu',
    then: async (page) => {
      await page.locator('a[href^="#/documents/"]').first().click();
      await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
      await page.getByText('Cơ quan ban hành (hai cơ quan').waitFor();
      await page.waitForTimeout(300);
    },
  },
  {
    // The register before issuing: a number taken on paper that its series already has, refused.
    name: '10g-ban-hanh-so-giay',
    hash: `#/documents/${SCREENSHOT_DRAFT}`,
    waitFor: 'Thông tin văn bản',
    then: async (page) => {
      await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
      const date = dialog.getByLabel('Ngày ban hành');
      await date.fill('20/01/2016');
      await date.press('Enter');
      await dialog.getByRole('radio', { name: 'Số đã lấy trên sổ giấy' }).check();
      await dialog.getByRole('spinbutton', { name: 'Số đã lấy' }).fill('5');
      await dialog.getByText(/đã dùng cho văn bản/).waitFor();
    },
  },
  {
    // Nơi nhận with the issuer's usual recipients and the meeting's units, one click each.
    name: '10i-van-ban-noi-nhan',
    hash: `#/documents/${SCREENSHOT_DRAFT}`,
    waitFor: 'Thông tin văn bản',
    tab: 'Thông tin văn bản',
    then: async (page) => {
      await page.locator('#doc-recipients').fill('Lưu: VT.');
      await page.getByRole('group', { name: 'Nơi nhận thường dùng' }).scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    },
  },
  {
    // Văn bản filtered by year and searched by a printed number.
    name: '10h-van-ban-loc',
    hash: '#/documents',
    waitFor: 'Trích yếu',
    then: async (page) => {
      await page.getByLabel('Tìm theo số, ký hiệu hoặc trích yếu').fill('TB-VPUB');
      await page.locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(600);
    },
  },
  {
    name: '10c-van-ban-noi-dung',
    hash: '#/documents',
    waitFor: 'Trích yếu',
    then: async (page) => {
      await page.locator('a[href^="#/documents/"]').first().click();
      await page.getByText(/từ ·/).waitFor();
      await page.waitForTimeout(300);
    },
  },
  {
    // A draft whose headings are numbered by hand or switched off: the caret in "Phần thứ nhất".
    name: '10d-van-ban-tieu-de-khong-so',
    hash: `#/documents/${BODY_SAMPLE_ID}`,
    waitFor: 'từ ·',
    then: async (page) => {
      await page.locator('.ProseMirror h1', { hasText: 'Phần thứ nhất' }).click();
      await page.waitForTimeout(300);
    },
  },
  {
    name: '10e-van-ban-nguoi-ky',
    hash: `#/documents/${demoIds.notice2021}`,
    waitFor: 'Thông tin văn bản',
    tab: 'Thông tin văn bản',
    then: async (page) => {
      await page.getByRole('combobox', { name: 'Mẫu chữ ký 1' }).click();
      await page.getByText('T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ').click();
      await page.getByText('In: T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    },
  },
  {
    name: '10f-van-ban-nguoi-ky-ba-dong',
    hash: `#/documents/${SCREENSHOT_DRAFT}`,
    waitFor: 'Thông tin văn bản',
    tab: 'Thông tin văn bản',
    then: async (page) => {
      await page.getByRole('combobox', { name: 'Mẫu chữ ký 1' }).click();
      await page.getByText('TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG').click();
      await page
        .getByText('In: TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG')
        .scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    },
  },
  {
    name: '11-can-bo',
    hash: '#/people',
    waitFor: 'Nguyễn Đức Trung',
    then: async (page) => {
      await page.getByRole('cell', { name: 'Nguyễn Đức Trung' }).click();
      await page.getByText('Chức vụ qua các cuộc họp').waitFor();
      await page.waitForTimeout(300);
    },
  },
  {
    name: '11c-gop-can-bo-xac-nhan',
    hash: '#/people',
    waitFor: 'Nguyễn Đức Trung',
    then: async (page) => {
      await page.getByRole('button', { name: 'Gộp cán bộ trùng' }).click();
      await page.locator('.duplicate-candidate').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(outDir, '11b-gop-can-bo-trung.png') });
      await page.getByRole('button', { name: 'Gộp…' }).click();
      await page.getByRole('dialog', { name: 'Gộp cán bộ trùng?' }).waitFor();
    },
  },
  {
    name: '12-co-quan',
    hash: '#/organizations',
    waitFor: 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An',
    then: async (page) => {
      await page.getByText('Đảng ủy Khối các cơ quan tỉnh Nghệ An (ĐUK)').click();
      await page.getByText('Dòng trên tên cơ quan ở tiêu đề').waitFor();
      await page.getByRole('radio', { name: 'Nhập riêng' }).check();
      await page.getByLabel('Dòng trên tên cơ quan (nhập riêng)').fill('ĐẢNG BỘ TỈNH NGHỆ AN');
      await page.getByLabel('Dòng trên tên cơ quan (nhập riêng)').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    },
  },
  {
    name: '12b-tim-kiem',
    hash: '#/meetings',
    waitFor: 'Tổng số:',
    then: async (page) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('cai cach hanh chinh', { delay: 20 });
      await page.getByRole('option').first().waitFor();
      await page.waitForTimeout(500);
    },
  },
  {
    name: '12c-tim-kiem-mo-bien-ban',
    hash: '#/meetings',
    waitFor: 'Tổng số:',
    then: async (page) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('164 luot', { delay: 20 });
      await page.getByRole('option').filter({ hasText: 'Biên bản' }).first().click();
      await page.getByRole('textbox', { name: 'Nội dung biên bản' }).waitFor();
      await page.waitForTimeout(500);
    },
  },
  { name: '13-cai-dat', hash: '#/settings', waitFor: 'Ngày bắt đầu nhiệm kỳ' },
  { name: '17-lich-cong-tac', hash: '#/schedule?date=2021-01-14', waitFor: 'Từ ngày 11/01/2021' },
  {
    name: '17b-lich-cong-tac-lanh-dao',
    hash: '#/schedule?date=2021-01-14',
    waitFor: 'Từ ngày 11/01/2021',
    then: async (page) => {
      await page.locator('.ant-segmented-item', { hasText: 'Theo lãnh đạo' }).click();
      await page.locator('.leader-list').waitFor();
    },
  },
  {
    name: '15-thung-rac',
    hash: `#/meetings/${demoIds.meeting2015}`,
    waitFor: 'Thông tin chung',
    then: async (page) => {
      await page.getByRole('button', { name: 'Xóa cuộc họp' }).click();
      await page.getByText(/^\d+ văn bản$/).waitFor();
      await page.screenshot({ path: path.join(outDir, '15a-xoa-cuoc-hop.png') });
      await page.getByRole('button', { name: 'Chuyển vào Thùng rác' }).click();
      await page.getByRole('menuitem', { name: 'Thùng rác' }).click();
      await page.getByText(/kèm \d+ văn bản/).waitFor();
    },
  },
  {
    name: '16-them-co-quan',
    hash: '#/meetings/new',
    waitFor: 'Cần nhập tên cuộc họp',
    then: async (page) => {
      const picker = page.getByRole('combobox', { name: 'Cơ quan chủ trì' });
      await picker.click();
      await picker.fill('Sở Nội vụ');
      await page.getByText('+ Thêm cơ quan “Sở Nội vụ”…').click();
      await page.locator('#new-org-name').waitFor();
    },
  },
  {
    name: '14-sao-luu',
    hash: '#/settings/backup',
    waitFor: 'Các bản sao lưu tự động',
    then: async (page) => {
      await page.getByRole('button', { name: /Sao lưu ngay/ }).click();
      await page.getByText(/^Đã sao lưu vào .+\.sohop/).waitFor();
      await page.waitForTimeout(3500); // the "Đã sao lưu xong." toast fades
    },
  },
  {
    name: '14b-sao-luu-xem-tep',
    hash: '#/settings/backup',
    waitFor: 'Các bản sao lưu tự động',
    then: async (page) => {
      const file = await page.locator('.ant-table-row').first().getAttribute('data-row-key');
      await page.getByLabel('Tệp sao lưu (.sohop)', { exact: true }).fill(file ?? '');
      await page.getByRole('button', { name: 'Xem nội dung tệp' }).click();
      await page.getByText('Thời điểm sao lưu').waitFor();
      await page.getByText('Khôi phục từ tệp').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    },
  },
];

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` first (npm run screenshots does).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-shots-'));
  const databasePath = path.join(dir, 'demo.sqlite');
  const db = openDatabase(databasePath);
  const services = createServices(db);
  services.exchange.import(demoExchange());
  saveBodySample(services);
  services.settings.save({
    defaultIssuerId: demoIds.vpub,
    place: 'Nghệ An',
    defaultSigners: [
      {
        organizationId: demoIds.vpub,
        chain: [{ authority: 'TL', body: 'CHỦ TỊCH' }],
        position: 'CHÁNH VĂN PHÒNG',
      },
    ],
    defaultRecipients: ['- Như trên;', '- Lưu: VT.'],
    partyTermStart: demoPartyTermStart,
    partyInvitationSymbol: 'GM',
  });
  services.documents.saveDraft({
    ...services.documents.get(demoIds.notice2015),
    id: SCREENSHOT_DRAFT,
    status: 'draft',
    summary: 'Kết luận của Chủ tịch UBND tỉnh tại Hội nghị tổng kết năm 2015 (dự thảo)',
  });
  const withMinutes = services.meetings.get(demoIds.meeting2018);
  services.meetings.save({ ...withMinutes, id: EMPTY_MINUTES_MEETING, minutes: null, conclusions: [] });
  // A second record of Nguyễn Đức Trung typed without diacritics, seen in one meeting, for "Gộp cán bộ trùng".
  const duplicateId = '0e0e0e0e-0000-4000-8000-000000000777';
  services.people.save({
    id: duplicateId,
    fullName: 'Nguyen Duc Trung',
    notes: 'nhập từ danh sách khách mời',
  });
  const seen = services.meetings.get(demoIds.meeting2018);
  services.meetings.save({
    ...seen,
    attendees: [
      ...(seen.attendees ?? []),
      { personId: duplicateId, role: 'guest', position: 'Giám đốc Sở Nội vụ', organizationId: demoIds.vpub },
    ],
  });
  const server = await startPreviewServer({
    handlers: createHandlers(services, { version: 'screenshots', databasePath }),
    rendererDir: path.join(repoRoot, 'out', 'renderer'),
    port: 0,
    token: crypto.randomBytes(24).toString('hex'),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    fs.mkdirSync(outDir, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // `npm run screenshots -- 10d 12` takes only the screens whose names start so.
    const only = process.argv.slice(2);
    for (const screen of screens.filter((x) => only.length === 0 || only.some((o) => x.name.startsWith(o)))) {
      const target = `${server.url}${screen.hash}`;
      // Each screen starts from a fresh load: a dialog the screen before left open would cover this one
      // (going to another #/ address of the same page is not a load, nor is going to the same one).
      await page.goto('about:blank');
      await page.goto(target);
      if (screen.tab) await page.getByRole('tab', { name: screen.tab }).click();
      await page.getByText(screen.waitFor).first().waitFor({ timeout: 15_000 });
      await screen.then?.(page);
      await page.waitForTimeout(400);
      const file = path.join(outDir, `${screen.name}.png`);
      await page.screenshot({ path: file });
      console.log(`${path.relative(repoRoot, file)}  ${screen.hash}`);
    }
    if (problems.length) console.error(`Lỗi trên trang:\n${problems.join('\n')}`);
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
