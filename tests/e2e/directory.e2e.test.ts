// The directory of people in the browser: listed the Vietnamese way with each person's current title
// and unit, and "Gộp cán bộ trùng" showing what tells two same-name records apart and asking before
// it merges (cancel leaves both; confirm moves the attendance and removes the duplicate).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import type { PreviewServer } from '../../main/preview/server';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];
const dupId = '0e0e0e0e-0000-4000-8000-000000000777';

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
  const s = t.services;
  s.people.save({ id: dupId, fullName: 'Nguyen Duc Trung', notes: 'nhập từ danh sách khách mời' });
  const meeting = s.meetings.get(demoIds.meeting2015);
  s.meetings.save({
    ...meeting,
    attendees: [
      ...(meeting.attendees ?? []),
      { personId: dupId, role: 'guest', position: 'Giám đốc Sở Nội vụ', organizationId: demoIds.vpub },
    ],
  });
  const names = ['Đặng Văn An', 'Dương Văn An', 'Nguyễn Văn An', 'Lê Thị Ánh'];
  names.forEach((fullName, i) => s.people.save({ id: `0e0e0e0e-0000-4000-8000-00000000010${i}`, fullName }));
}, 120_000);

afterAll(() => stopPreview({ t, server, browser }));

async function openPeople(): Promise<Page> {
  const page = await newWatchedPage(browser, problems, { viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}#/people`);
  await page.locator('.ant-table-row').first().waitFor();
  return page;
}

const attendeeIds = (meetingId: string) =>
  (
    t.db.prepare('SELECT person_id FROM meeting_attendees WHERE meeting_id = ?').all(meetingId) as {
      person_id: string;
    }[]
  ).map((r) => r.person_id);
const personExists = (id: string) => t.db.prepare('SELECT 1 FROM people WHERE id = ?').get(id) !== undefined;

describe('the directory of people', () => {
  it('lists people by given name (D before Đ, An before Ánh) with the title of their latest meeting', async () => {
    const page = await openPeople();
    const names = await page.locator('.ant-table-row td:first-child > div:first-child').allTextContents();
    const ours = names.filter((n) => /^(Đặng Văn An|Dương Văn An|Nguyễn Văn An|Lê Thị Ánh)$/.test(n));
    expect(ours).toEqual(['Dương Văn An', 'Đặng Văn An', 'Nguyễn Văn An', 'Lê Thị Ánh']);
    // Given names in order down the whole list: every "An" before "Ánh", and the list ends with later letters.
    expect(names.indexOf('Lê Thị Ánh')).toBeGreaterThan(names.indexOf('Nguyễn Văn An'));

    const trungRow = page.locator('.ant-table-row', { hasText: 'Nguyễn Đức Trung' });
    await expect(trungRow.textContent()).resolves.toContain('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    const title = await trungRow.locator('[title*="theo cuộc họp ngày"]').getAttribute('title');
    expect(title).toMatch(/theo cuộc họp ngày \d\d\/\d\d\/\d{4}\)$/);
    await page.close();
  });

  it('shows what tells duplicates apart, and merges only after a confirmation naming both', async () => {
    const page = await openPeople();
    await page.getByRole('button', { name: 'Gộp cán bộ trùng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gộp cán bộ trùng tên' });
    const candidates = dialog.locator('.duplicate-candidate');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(2);
    const dup = candidates.filter({ hasText: 'nhập từ danh sách khách mời' });
    await expect(dup.textContent()).resolves.toMatch(/Chức vụ: Giám đốc Sở Nội vụ/);
    await expect(dup.textContent()).resolves.toMatch(/Đơn vị: Văn phòng Ủy ban nhân dân tỉnh Nghệ An/);
    await expect(dup.textContent()).resolves.toMatch(/Dự 1 cuộc họp, gần nhất:29\/12\/2015 — Hội nghị/);
    await expect(candidates.first().textContent()).resolves.toContain(
      'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    );

    // Ask, then cancel: nothing changes.
    await dialog.getByRole('button', { name: 'Gộp…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Gộp cán bộ trùng?' });
    await expect(confirm.textContent()).resolves.toMatch(
      /Giữ lại: Nguyễn Đức Trung \(Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.*; 1 cuộc họp\)/,
    );
    await expect(confirm.textContent()).resolves.toMatch(
      /Nguyen Duc Trung \(Giám đốc Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh Nghệ An; 1 cuộc họp\)/,
    );
    // Only once the dialog's opening animation is over does it take the click (antd's zoom-appear).
    await page.waitForFunction(() => !document.querySelector('.ant-modal.ant-zoom-appear'));
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(personExists(dupId)).toBe(true);
    expect(personExists(demoIds.nguyenDucTrung)).toBe(true);
    expect(attendeeIds(demoIds.meeting2015)).toContain(dupId);

    // Ask again and confirm: the attendance moves to the kept record and the duplicate is gone.
    await dialog.getByRole('button', { name: 'Gộp…' }).click();
    await confirm.getByRole('button', { name: 'Gộp', exact: true }).click();
    await page.getByText('Đã gộp 1 bản ghi vào Nguyễn Đức Trung; chuyển 1 lượt dự họp.').waitFor();
    await dialog.getByText('Không có cán bộ trùng tên').waitFor();
    expect(personExists(dupId)).toBe(false);
    expect(attendeeIds(demoIds.meeting2015)).not.toContain(dupId);
    expect(attendeeIds(demoIds.meeting2015)).toContain(demoIds.nguyenDucTrung);
    expect(problems).toEqual([]);
    await page.close();
  });
});
