// The minutes without typing anything twice, in the browser against the preview: a new biên bản starts
// from the meeting's outline and the exported biên bản (parsed back from its DOCX) states each fact of
// the meeting once; text selected in the minutes becomes a conclusion, or a task with its lead unit and
// deadline read from the text or chosen in the picker (a Vietnamese date picker).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import { exportDocx } from '../../main/documents';
import type { PreviewServer } from '../../main/preview/server';
import { richTextToPlain } from '../../shared/rich-text';
import { readDocx } from '../main/documents/docx-reader';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];
const SNV = '5a000000-0000-4000-8000-000000000001';
const STC = '5a000000-0000-4000-8000-000000000002';
const EMPTY_MEETING = '5b000000-0000-4000-8000-000000000001';
const TYPED_MEETING = '5b000000-0000-4000-8000-000000000002';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
  const s = t.services;
  for (const [id, name, symbol] of [
    [SNV, 'Sở Nội vụ tỉnh Nghệ An', 'SNV'],
    [STC, 'Sở Tài chính tỉnh Nghệ An', 'STC'],
  ] as const)
    s.organizations.save({ id, name, symbol, family: 'state', parentId: demoIds.ubnd, place: 'Nghệ An' });
  const source = s.meetings.get(demoIds.meeting2021);
  s.meetings.save({ ...source, id: EMPTY_MEETING, minutes: null, conclusions: [] });
  s.meetings.save({
    ...source,
    id: TYPED_MEETING,
    conclusions: [],
    minutes: {
      type: 'doc',
      content: [
        para('Hội nghị thống nhất thông qua báo cáo tổng kết công tác năm 2020.'),
        para('Giao Sở Nội vụ rà soát vị trí việc làm, hoàn thành trước ngày 30/12/2026.'),
        para('Giao Sở Tài chính bố trí kinh phí thực hiện.'),
      ],
    },
  });
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

async function openMinutes(meetingId: string): Promise<Page> {
  const page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}#/meetings/${meetingId}?tab=minutes`);
  await page.getByRole('textbox', { name: 'Nội dung biên bản' }).waitFor();
  return page;
}

const saved = (page: Page) => page.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();

/** Selects a paragraph of the minutes as the mouse would (three clicks). */
async function selectParagraph(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror p').filter({ hasText: text }).click({ clickCount: 3 });
}

describe('minutes without retyping, in the browser', () => {
  it('starts an empty biên bản from the meeting outline, and the exported biên bản states each fact once', async () => {
    const page = await openMinutes(EMPTY_MEETING);
    await page.getByRole('button', { name: 'Tạo dàn ý từ cuộc họp' }).click();
    const body = page.locator('.ProseMirror');
    await body.getByText('Thời gian bắt đầu:').waitFor();
    await expect(body.locator('h1').allTextContents()).resolves.toEqual(['Nội dung']);
    await expect(body.locator('h2').last().textContent()).resolves.toBe('Kết luận');
    // The offer goes once the minutes hold something; the caret waits under Kết luận.
    await page.getByRole('button', { name: 'Tạo dàn ý từ cuộc họp' }).waitFor({ state: 'detached' });
    await page.keyboard.type('Hội nghị thống nhất các chỉ tiêu năm 2021.');
    await saved(page);

    const minutes = t.services.meetings.get(EMPTY_MEETING).minutes!;
    expect(richTextToPlain(minutes)).toContain('Chủ trì (chủ tọa): đồng chí Nguyễn Nam Đình');

    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByRole('button', { name: 'Tạo biên bản' }).click();
    await page.locator('.meeting-documents').getByText('Biên bản').first().waitFor();
    const draft = t.services.documents
      .list({ meetingId: EMPTY_MEETING, limit: 10 })
      .items.find((d) => d.type === 'minutes')!;
    const view = await readDocx(await exportDocx(t.services.ctx, draft.id));
    const lines = view.paragraphs.map((p) => p.text.replace(/[\n\u00a0]/g, ' ').trim()).filter(Boolean);
    const count = (re: RegExp) => lines.filter((l) => re.test(l)).length;
    for (const label of [
      /^Thời gian/,
      /^Địa điểm/,
      /^Thành phần tham dự/,
      /^Chủ trì/,
      /^Thư ký/,
      /^Nội dung/,
    ])
      expect(count(label), String(label)).toBe(1);
    expect(count(/Nguyễn Nam Đình -/)).toBe(1);
    expect(count(/Lê Thị Hồng Khanh -/)).toBe(1);
    expect(lines).toContain('Hội nghị thống nhất các chỉ tiêu năm 2021.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('turns selected minutes into a conclusion and tasks, reading the unit and deadline or asking for them', async () => {
    const page = await openMinutes(TYPED_MEETING);
    // A conclusion from the bubble menu over the selection.
    await selectParagraph(page, 'thống nhất thông qua báo cáo');
    await page.getByRole('button', { name: 'Thành kết luận' }).click();
    await page.getByRole('tab', { name: 'Kết luận (1)' }).waitFor();

    // A task by the keyboard: the sentence names the unit and the deadline, so nothing is asked.
    await selectParagraph(page, 'rà soát vị trí việc làm');
    await page.keyboard.press('Control+Shift+N');
    await page.getByRole('tab', { name: 'Kết luận (2)' }).waitFor();

    // No deadline in the sentence: the picker opens with the unit it found; the date is chosen.
    await selectParagraph(page, 'bố trí kinh phí');
    await page.keyboard.press('Control+Shift+N');
    const dialog = page.getByRole('dialog', { name: 'Thành nhiệm vụ' });
    await dialog.getByText('Sở Tài chính tỉnh Nghệ An').waitFor();
    await dialog.getByRole('textbox', { name: 'Thời hạn' }).click();
    const panel = page.locator('.ant-picker-dropdown:visible');
    await panel.waitFor();
    // The date picker speaks Vietnamese: no "OK", no English month or weekday names.
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toMatch(/^Tháng \d{1,2} ?\d{4}T2T3T4T5T6T7CN/);
    expect(panelText).toContain('Hôm nay');
    expect(panelText).not.toMatch(/\bOK\b|\bTh \d|January|Mon|Today/);
    await dialog.getByRole('textbox', { name: 'Thời hạn' }).fill('15/01/2027');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await page.getByRole('tab', { name: 'Kết luận (3)' }).waitFor();
    await saved(page);

    const conclusions = t.services.meetings.get(TYPED_MEETING).conclusions ?? [];
    expect(conclusions.map((c) => [c.kind, richTextToPlain(c.text)])).toEqual([
      ['direction', 'Hội nghị thống nhất thông qua báo cáo tổng kết công tác năm 2020.'],
      ['task', 'Giao Sở Nội vụ rà soát vị trí việc làm, hoàn thành trước ngày 30/12/2026.'],
      ['task', 'Giao Sở Tài chính bố trí kinh phí thực hiện.'],
    ]);
    expect(conclusions[1]).toMatchObject({
      assignees: [{ organizationId: SNV, role: 'lead' }],
      dueDate: '2026-12-30',
      status: 'open',
    });
    expect(conclusions[2]).toMatchObject({
      assignees: [{ organizationId: STC, role: 'lead' }],
      dueDate: '2027-01-15',
    });

    // The meeting's date-and-time picker confirms with "Chọn", not "OK".
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await page.locator('#meeting-ends').click();
    const timePanel = page.locator('.ant-picker-dropdown:visible');
    await timePanel.getByRole('button', { name: 'Chọn', exact: true }).waitFor();
    await expect(timePanel.getByText('OK', { exact: true }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');

    // Shown in Kết luận.
    await page.getByRole('tab', { name: 'Kết luận (3)' }).click();
    await expect(page.getByLabel('Nội dung kết luận 3').inputValue()).resolves.toBe(
      'Giao Sở Tài chính bố trí kinh phí thực hiện.',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
