// Real flows in the browser against the preview and a temporary database holding the demo data:
// a new meeting with attendees (one new person), minutes with structure, Vietnamese through IME
// composition, autosave across an abrupt close, a conclusion task, accent-insensitive search.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import type { RichTextNode } from '../../shared/rich-text';
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

/** Picks an option of an antd Select after typing into it. */
async function choose(page: Page, comboName: string, typed: string, option: string | RegExp): Promise<void> {
  const combo = page.getByRole('combobox', { name: comboName });
  await combo.click();
  if (typed) await combo.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

const saved = (page: Page) => page.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();

function findNodes(node: RichTextNode, type: string): RichTextNode[] {
  const out: RichTextNode[] = node.type === type ? [node] : [];
  for (const child of node.content ?? []) out.push(...findNodes(child, type));
  return out;
}
const textOf = (node: RichTextNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');

describe('meetings in the browser', () => {
  it('creates a meeting with three attendees, one of them a new person, and saves the rows', async () => {
    const page = await openPage('#/meetings');
    await page.getByText('Tổng số:').waitFor();
    await page.keyboard.press('Control+n');
    await page.getByText('Cuộc họp mới', { exact: true }).first().waitFor();
    await expect(page.title()).resolves.toBe('Cuộc họp mới — Sổ Họp');

    await page.locator('#meeting-title').fill('Họp giao ban Văn phòng tháng 11');
    await choose(page, 'Cơ quan chủ trì', 'van phong', 'Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
    await saved(page);
    const id = /#\/meetings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
    expect(id).toBeTruthy();

    await page.getByRole('tab', { name: /Thành phần/ }).click();
    await choose(page, 'Thêm người dự họp', 'nguyen duc trung', 'Nguyễn Đức Trung');
    await page.getByRole('row').filter({ hasText: 'Nguyễn Đức Trung' }).waitFor();
    await choose(page, 'Thêm người dự họp', 'cao thi hien', 'Cao Thị Hiền');
    await page.getByRole('row').filter({ hasText: 'Cao Thị Hiền' }).waitFor();
    await choose(page, 'Thêm người dự họp', 'Trần Văn Mới', 'Thêm cán bộ mới');
    await expect(page.getByLabel('Họ và tên cán bộ mới').inputValue()).resolves.toBe('Trần Văn Mới');
    await page.getByLabel('Chức vụ cán bộ mới').fill('Giám đốc Sở Nội vụ');
    await page.getByRole('button', { name: 'Lưu cán bộ' }).click();
    await page.getByRole('row').filter({ hasText: 'Trần Văn Mới' }).waitFor();
    // The caret is back in the picker, ready for the next name.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Thêm người dự họp',
    );
    await page.keyboard.press('Control+s');
    await saved(page);

    const meeting = t.services.meetings.get(id);
    expect(meeting.title).toBe('Họp giao ban Văn phòng tháng 11');
    expect(meeting.organizerIds).toEqual([demoIds.vpub]);
    const names = meeting.attendees?.map((a) => t.services.people.get(a.personId).fullName);
    expect(names).toEqual(['Nguyễn Đức Trung', 'Cao Thị Hiền', 'Trần Văn Mới']);
    expect(meeting.attendees?.map((a) => a.role)).toEqual(['chair', 'attendee', 'attendee']);
    // The title of the day is pre-filled from the latest title seen in meetings.
    expect(meeting.attendees?.[0]?.position).toBe(t.services.people.titles(demoIds.nguyenDucTrung)[0]?.title);
    expect(meeting.attendees?.[2]?.position).toBe('Giám đốc Sở Nội vụ');
    expect(t.services.people.list({ text: 'tran van moi' }).total).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps minutes with a heading, a list and a table across a reload', async () => {
    const page = await openPage(`#/meetings/${demoIds.meeting2018}`);
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    const editor = page.getByRole('textbox', { name: 'Nội dung biên bản' });
    // Type only once the minutes are shown and the editor has the focus at their end.
    await editor.getByText('Hai bên đánh giá kết quả phối hợp năm 2017', { exact: false }).first().waitFor();
    await editor.click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const last = document.querySelector('.ProseMirror')?.lastElementChild;
      return last?.tagName === 'P' && last.textContent === '';
    });
    await page.keyboard.type('## Ý kiến các đại biểu');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Sở Tài chính đề nghị bổ sung kinh phí');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sở Nội vụ thống nhất');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Chèn bảng' }).click();
    await page.keyboard.type('Nội dung');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Thời hạn');
    await page.getByRole('button', { name: 'Thêm hàng phía dưới' }).click();
    await saved(page);

    await page.reload();
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    const body = page.locator('.ProseMirror');
    await expect(body.locator('h2').textContent()).resolves.toBe('Ý kiến các đại biểu');
    await expect(body.locator('ul > li').allTextContents()).resolves.toEqual([
      'Sở Tài chính đề nghị bổ sung kinh phí',
      'Sở Nội vụ thống nhất',
    ]);
    await expect(body.locator('table tr').count()).resolves.toBe(4);
    await expect(body.locator('table').textContent()).resolves.toContain('Thời hạn');

    const minutes = t.services.meetings.get(demoIds.meeting2018).minutes as RichTextNode;
    expect(findNodes(minutes, 'heading').map(textOf)).toContain('Ý kiến các đại biểu');
    expect(findNodes(minutes, 'bulletList')).toHaveLength(1);
    expect(findNodes(minutes, 'table')).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lands Vietnamese typed through IME composition exactly once', async () => {
    const page = await openPage(`#/meetings/${demoIds.meeting2015}`);
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const cdp = await page.context().newCDPSession(page);
    // Telex through an IME: "tieengs Vieetj" composes step by step, then commits.
    for (const word of [
      ['t', 'ti', 'tie', 'tiê', 'tiên', 'tiêng', 'tiếng'],
      [' V', ' Vi', ' Vie', ' Viê', ' Viêt', ' Việt'],
    ]) {
      for (const step of word)
        await cdp.send('Input.imeSetComposition', {
          text: step,
          selectionStart: step.length,
          selectionEnd: step.length,
        });
      await cdp.send('Input.insertText', { text: word[word.length - 1] as string });
    }
    await page.keyboard.type(' rõ ràng');
    await saved(page);
    const text = await page.locator('.ProseMirror').textContent();
    expect(text?.match(/tiếng Việt rõ ràng/g)).toHaveLength(1);
    expect(text).not.toMatch(/tiêng|Viêt|tt|VV/);
    const stored = textOf(t.services.meetings.get(demoIds.meeting2015).minutes as RichTextNode);
    expect(stored.match(/tiếng Việt rõ ràng/g)).toHaveLength(1);
    expect(stored.normalize('NFC')).toBe(stored);
    await cdp.detach();
    await page.close();
  });

  it('keeps what was typed when the page is closed abruptly after autosave, and before it', async () => {
    const page = await openPage(`#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn lưu tự động trước khi đóng.');
    await saved(page);
    await page.keyboard.press('Enter');
    // Closed before the 1 s debounce: the page-hide flush must still send it.
    await page.keyboard.type('Đoạn gõ ngay trước khi đóng.');
    await page.close({ runBeforeUnload: true });
    // The flush sent on page-hide reaches the database (a condition, not a fixed wait).
    await expect
      .poll(() => JSON.stringify(t.services.meetings.get(demoIds.meeting2021).minutes), { timeout: 90_000 })
      .toContain('Đoạn gõ ngay trước khi đóng.');

    const again = await openPage(`#/meetings/${demoIds.meeting2021}`);
    await again.getByRole('tab', { name: 'Biên bản' }).click();
    const body = again.locator('.ProseMirror');
    await body.getByText('Đoạn lưu tự động trước khi đóng.').waitFor();
    await body.getByText('Đoạn gõ ngay trước khi đóng.').waitFor();
    await again.close();
  });

  it('adds a conclusion task with lead unit, due date and status, and lists it as open', async () => {
    const page = await openPage(`#/meetings/${demoIds.meeting2015}`);
    await page.getByRole('tab', { name: /Kết luận/ }).click();
    const before = t.services.meetings.get(demoIds.meeting2015).conclusions?.length ?? 0;
    await page.getByRole('button', { name: 'Thêm kết luận' }).click();
    const n = before + 1;
    await page
      .getByLabel(`Nội dung kết luận ${n}`)
      .fill('Sở Nội vụ rà soát quy chế làm việc, báo cáo UBND tỉnh.');
    const card = page.getByRole('group', { name: `Kết luận ${n}` });
    await choose(page, `Loại kết luận ${n}`, '', 'Nhiệm vụ');
    await card.getByRole('combobox', { name: 'Đơn vị chủ trì' }).click();
    await card.getByRole('combobox', { name: 'Đơn vị chủ trì' }).fill('van phong');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Văn phòng' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    const due = card.getByRole('textbox', { name: 'Thời hạn' });
    await due.click();
    await due.fill('31/12/2030');
    await due.press('Enter');
    await saved(page);

    const c = t.services.meetings.get(demoIds.meeting2015).conclusions?.[n - 1];
    expect(c).toMatchObject({
      order: n,
      kind: 'task',
      status: 'open',
      dueDate: '2030-12-31',
      assignees: [{ organizationId: demoIds.vpub, role: 'lead' }],
    });
    expect(textOf(c?.text as RichTextNode)).toBe('Sở Nội vụ rà soát quy chế làm việc, báo cáo UBND tỉnh.');

    await page.goto(`${server.url}#/tasks`);
    const row = page.locator('.ant-table-row').filter({ hasText: 'Sở Nội vụ rà soát quy chế' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('31/12/2030');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('inserts an attendee with @, finds and replaces, and imports a Word file', async () => {
    const page = await openPage(`#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: /Thành phần/ }).click();
    await page.getByRole('row').filter({ hasText: 'Nguyễn Đức Trung' }).waitFor();
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ý kiến của @duc tr');
    const option = page.getByRole('option', { name: /đồng chí Nguyễn Đức Trung - / });
    await option.waitFor();
    await page.keyboard.press('Enter');
    const body = page.locator('.ProseMirror');
    await expect(body.textContent()).resolves.toMatch(
      /Ý kiến của đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy/,
    );

    await page.keyboard.press('Control+h');
    await page.getByLabel('Tìm trong biên bản').fill('Ý kiến của');
    await page.getByLabel('Thay bằng').fill('Phát biểu của');
    await page.getByRole('button', { name: 'Thay tất cả' }).click();
    await page.getByText(/Đã thay \d+ chỗ/).waitFor();
    await expect(body.textContent()).resolves.toContain('Phát biểu của đồng chí Nguyễn Đức Trung');
    await page.getByRole('button', { name: 'Đóng tìm kiếm' }).click();

    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Phần nhập từ Word', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ children: [new TextRun({ text: 'Chữ đậm trong Word', bold: true })] }),
          ],
        },
      ],
    });
    await page.keyboard.press('Control+End');
    await page.getByLabel('Chọn tệp Word để nhập').setInputFiles({
      name: 'bien-ban.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(await Packer.toBuffer(word)),
    });
    await body.locator('h2', { hasText: 'Phần nhập từ Word' }).waitFor();
    await body.locator('strong', { hasText: 'Chữ đậm trong Word' }).waitFor();
    await saved(page);
    const stored = t.services.meetings.get(demoIds.meeting2021).minutes as RichTextNode;
    expect(findNodes(stored, 'heading').map(textOf)).toContain('Phần nhập từ Word');
    expect(textOf(stored)).toContain('Phát biểu của đồng chí Nguyễn Đức Trung');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds people without accents in the directory, and Ctrl+F focuses the search', async () => {
    const page = await openPage('#/people');
    await page.getByRole('cell', { name: 'Nguyễn Đức Trung' }).waitFor();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: 'Tìm cán bộ' }).or(page.getByLabel('Tìm cán bộ'));
    await expect(search.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('nguyen duc trung');
    // The filter follows each key: wait for the answer to the whole text (one row), then read it.
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('.people .ant-table-row');
      return rows.length === 1 && rows[0]!.textContent!.includes('Nguyễn Đức Trung');
    });
    await expect(page.locator('.people .ant-table-row').allTextContents()).resolves.toEqual([
      expect.stringContaining('Nguyễn Đức Trung'),
    ]);
    await page.getByRole('cell', { name: 'Nguyễn Đức Trung' }).click();
    await page.getByText('Chức vụ qua các cuộc họp').waitFor();
    await page.getByText('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh').first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('merges a person entered twice, keeping the attendances', async () => {
    const dup = t.services.people.save({
      id: '0f0f0f0f-0000-4000-8000-0000000000aa',
      fullName: 'Cao Thi  Hien',
    });
    const meeting = t.services.meetings.get(demoIds.meeting2018);
    t.services.meetings.save({
      ...meeting,
      attendees: [...(meeting.attendees ?? []), { personId: dup.id, role: 'guest', position: 'Khách mời' }],
    });
    const page = await openPage('#/people');
    await page.getByRole('button', { name: /Gộp cán bộ trùng/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Gộp cán bộ trùng tên' });
    await dialog.getByRole('radio', { name: /Cao Thị Hiền$/ }).check();
    await dialog.getByRole('button', { name: 'Gộp…' }).click();
    await page
      .getByRole('dialog', { name: 'Gộp cán bộ trùng?' })
      .getByRole('button', { name: 'Gộp', exact: true })
      .click();
    await page.getByText('Đã gộp 1 bản ghi vào Cao Thị Hiền; chuyển 1 lượt dự họp.').waitFor();
    await dialog.getByText('Không có cán bộ trùng tên').waitFor();
    expect(t.services.people.list({ text: 'cao thi hien' }).total).toBe(1);
    const kept = t.services.people.list({ text: 'cao thi hien' }).items[0];
    expect(kept?.fullName).toBe('Cao Thị Hiền');
    expect(t.services.meetings.get(demoIds.meeting2018).attendees?.some((a) => a.personId === kept?.id)).toBe(
      true,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays responsive on a 50-page minutes document', async () => {
    const paragraph = (i: number): RichTextNode => ({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `Đoạn ${i}: đồng chí Giám đốc Sở Kế hoạch và Đầu tư báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội, đề nghị các sở, ngành tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ giải ngân vốn đầu tư công.`,
        },
      ],
    });
    // About 50 A4 pages: 600 paragraphs of ~45 words, with headings and a table every 100.
    const content: RichTextNode[] = [];
    for (let i = 1; i <= 600; i++) {
      if (i % 100 === 1)
        content.push({
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: `Phần ${i}` }],
        });
      content.push(paragraph(i));
    }
    const meeting = t.services.meetings.get(demoIds.meeting2021);
    t.services.meetings.save({ ...meeting, minutes: { type: 'doc', content } });

    const page = await openPage(`#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    await page.getByText(/2[0-9]\.[0-9]{3} từ/).waitFor();
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).click();
    await page.keyboard.press('Control+End');
    const text = ' thêm ý kiến cuối cùng của đồng chí Chủ tịch';
    // Every key lands (the typing time itself is measured by `npm run bench:typing`, not here).
    await page.keyboard.type(text);
    await saved(page);
    const stored = t.services.meetings.get(demoIds.meeting2021).minutes as RichTextNode;
    expect(textOf(stored)).toContain('thêm ý kiến cuối cùng của đồng chí Chủ tịch');
    expect(findNodes(stored, 'paragraph').length).toBeGreaterThanOrEqual(600);
    await page.close();
  });

  it('keeps a new meeting that cannot be saved yet and offers it back', async () => {
    const page = await openPage('#/meetings/new');
    await page.locator('#meeting-location').fill('Phòng họp số 2, Trụ sở UBND tỉnh');
    await page.getByText('Chưa lưu: cần tên cuộc họp').waitFor();
    await page.goto(`${server.url}#/meetings`);
    await page.getByText('Tổng số:').waitFor();
    await page.keyboard.press('Control+n');
    await page.getByText('Có một cuộc họp mới chưa lưu từ lần trước.').waitFor();
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.locator('#meeting-location').inputValue()).resolves.toBe(
      'Phòng họp số 2, Trụ sở UBND tỉnh',
    );
    await page.locator('#meeting-title').fill('Họp chuẩn bị kỳ họp HĐND');
    await choose(page, 'Cơ quan chủ trì', 'hoi dong', 'Hội đồng nhân dân');
    await saved(page);
    const id = /#\/meetings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
    expect(t.services.meetings.get(id).location).toBe('Phòng họp số 2, Trụ sở UBND tỉnh');
    await expect(page.evaluate(() => localStorage.getItem('sohop.unsavedNewMeeting'))).resolves.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
