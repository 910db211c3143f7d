// Lịch công tác tuần through the IPC dispatch, as the app asks for it: the week's meetings by day and by
// leader from the meetings recorded, and the printed schedule parsed back (landscape, header row
// repeated, a day's cell merged down its meetings, the chair with the title of that day).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { ScheduleFile, WeekSchedule } from '../../../shared/schedule';
import { openTestDb, type TestDb } from '../../helpers/db';
import { convertToPdf } from '../../helpers/libreoffice';
import { attr, child, kids, readDocx, tagOf } from '../documents/docx-reader';

const open: TestDb[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

const MONDAY_MEETING = '0b0b0b0b-0000-4000-8000-00000000a001';

/** The demo office, with one more meeting in the week of 14/01/2021: Monday morning, chaired by the Chủ tịch. */
function demo(): TestDb {
  const t = openTestDb(undefined, () => '2026-11-23T09:00:00+07:00');
  open.push(t);
  t.services.exchange.import(demoExchange());
  t.services.meetings.save({
    id: MONDAY_MEETING,
    title: 'Họp giao ban Thường trực UBND tỉnh tuần 2',
    kind: 'cuoc-hop',
    startsAt: '2021-01-11T08:00:00+07:00',
    endsAt: '2021-01-11T11:30:00+07:00',
    location: 'Phòng họp tầng 3, Trụ sở UBND tỉnh',
    organizerIds: [demoIds.vpub],
    attendees: [
      {
        personId: demoIds.nguyenDucTrung,
        role: 'chair',
        position: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
        organizationId: demoIds.ubnd,
      },
    ],
    attendeeGroups: ['Các Phó Chủ tịch UBND tỉnh'],
  });
  return t;
}

async function call<T>(t: TestDb, channel: string, input: unknown): Promise<T> {
  const handlers = createHandlers(t.services, { version: '0-test', databasePath: t.file });
  const result = await dispatch(handlers, channel as never, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('Lịch công tác tuần', () => {
  it('lists the week of a day, Monday to Sunday, each meeting on its day in time order with its people', async () => {
    const t = demo();
    const week = await call<WeekSchedule>(t, 'schedule.week', { date: '2021-01-16' });
    expect([week.from, week.to]).toEqual(['2021-01-11', '2021-01-17']);
    expect(week.days.map((d) => d.weekday)).toEqual([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ nhật',
    ]);
    expect(week.total).toBe(2);
    const monday = week.days[0]!.items;
    expect(monday.map((i) => [i.time, i.endTime, i.title])).toEqual([
      ['08:00', '11:30', 'Họp giao ban Thường trực UBND tỉnh tuần 2'],
    ]);
    const thursday = week.days[3]!.items[0]!;
    expect(thursday.meetingId).toBe(demoIds.meeting2021);
    expect(thursday.chairs).toEqual([
      expect.objectContaining({
        name: 'Nguyễn Nam Đình',
        position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh',
      }),
    ]);
    // Attendees with the title of that day; not the secretary; the groups named without members.
    expect(thursday.attendees.map((p) => p.name)).toEqual([
      'Nguyễn Đức Trung',
      'Cao Thị Hiền',
      'Hoàng Văn Nhiên',
    ]);
    expect(thursday.groups).toEqual(['Đại diện lãnh đạo 64 tổ chức đảng trực thuộc Đảng bộ Khối']);
    // By leader: the Chủ tịch chairs Monday's meeting and attends Thursday's.
    const trung = week.leaders.find((l) => l.personId === demoIds.nguyenDucTrung);
    expect(trung?.meetings).toEqual([
      { meetingId: MONDAY_MEETING, date: '2021-01-11', role: 'chair' },
      { meetingId: demoIds.meeting2021, date: '2021-01-14', role: 'attendee' },
    ]);
  });

  it('keeps to one leader when asked, and finds nothing in an empty week', async () => {
    const t = demo();
    const mine = await call<WeekSchedule>(t, 'schedule.week', {
      date: '2021-01-11',
      personId: demoIds.leDinhSon,
    });
    expect(mine.total).toBe(0);
    const trung = await call<WeekSchedule>(t, 'schedule.week', {
      date: '2021-01-11',
      personId: demoIds.nguyenDucTrung,
    });
    expect(trung.total).toBe(2);
    const empty = await call<WeekSchedule>(t, 'schedule.week', { date: '2030-06-05' });
    expect(empty.total).toBe(0);
    expect(empty.days).toHaveLength(7);
    await expect(call(t, 'schedule.week', { date: '2021-02-30' })).rejects.toThrow(/E_VALIDATION/);
  });

  it('prints the week as a landscape DOCX of the issuing body with the table of the schedule', async () => {
    const t = demo();
    const file = await call<ScheduleFile>(t, 'schedule.weekDocx', {
      date: '2021-01-14',
      issuerId: demoIds.vpub,
    });
    expect(file.fileName).toBe('Lich cong tac tuan 11-01-2021.docx');
    expect(file.meetings).toBe(2);
    const view = await readDocx(Buffer.from(file.dataBase64, 'base64'));
    const texts = view.paragraphs.map((p) => p.text);
    expect(texts).toContain('LỊCH CÔNG TÁC TUẦN');
    expect(texts).toContain('(Từ ngày 11/01/2021 đến ngày 17/01/2021)');
    expect(texts).toContain('Số: …/LCT-VPUB');
    expect(texts).toContain('VĂN PHÒNG');
    const size = child(view.sectPr, 'w:pgSz');
    expect([attr(size, 'w:w'), attr(size, 'w:h'), attr(size, 'w:orient')]).toEqual([
      '16838',
      '11906',
      'landscape',
    ]);

    const tableIndex = view.tables.findIndex((tbl) =>
      view.paragraphs.some((p) => p.cell?.table === view.tables.indexOf(tbl) && p.text === 'Thành phần'),
    );
    const rows = kids(view.tables[tableIndex]!).filter((n) => tagOf(n) === 'w:tr');
    expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
    const cellsOf = (r: number) =>
      view.paragraphs
        .filter((p) => p.cell?.table === tableIndex && p.cell.row === r)
        .reduce<string[]>((out, p) => {
          out[p.cell!.cell] = out[p.cell!.cell] ? `${out[p.cell!.cell]}\n${p.text}` : p.text;
          return out;
        }, []);
    expect(cellsOf(0)).toEqual(['Thứ, ngày', 'Giờ', 'Nội dung', 'Chủ trì', 'Thành phần', 'Địa điểm']);
    // Monday to Friday each have a row (Tuesday, Wednesday and Friday empty); no weekend row.
    const days = rows.slice(1).map((_, r) => cellsOf(r + 1));
    expect(days.map((c) => c[0])).toEqual([
      'Thứ Hai\n11/01/2021',
      'Thứ Ba\n12/01/2021',
      'Thứ Tư\n13/01/2021',
      'Thứ Năm\n14/01/2021',
      'Thứ Sáu\n15/01/2021',
    ]);
    expect(days[0]!.slice(1)).toEqual([
      '08h00 - 11h30',
      'Họp giao ban Thường trực UBND tỉnh tuần 2',
      'Đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      '- Các Phó Chủ tịch UBND tỉnh',
      'Phòng họp tầng 3, Trụ sở UBND tỉnh',
    ]);
    expect(days[3]![3]).toBe(
      'Đồng chí Nguyễn Nam Đình, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh',
    );
    expect(days[3]![4]).toContain('- Đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    // Rows never split across pages.
    for (const row of rows) expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    // The signature of the Văn phòng closes it.
    expect(texts.some((x) => x.startsWith('Nơi nhận'))).toBe(true);
  });

  it('never prints the signature alone on a page: the last row of the table goes with it', async () => {
    // The demo week of 29/12/2015: one meeting with its attendees fills page 1 but for the signature.
    const t = demo();
    const file = await call<ScheduleFile>(t, 'schedule.weekDocx', {
      date: '2015-12-29',
      issuerId: demoIds.vpub,
    });
    const data = Buffer.from(file.dataBase64, 'base64');
    const view = await readDocx(data);
    const table = view.paragraphs.find((p) => p.cell && p.text === 'Thành phần')!.cell!.table;
    const cells = view.paragraphs.filter((p) => p.cell?.table === table);
    const lastRow = Math.max(...cells.map((p) => p.cell!.row));
    expect(lastRow).toBeGreaterThan(1);
    for (const p of cells) expect([p.cell!.row, p.keepNext]).toEqual([p.cell!.row, p.cell!.row === lastRow]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-week-'));
    try {
      fs.writeFileSync(path.join(dir, 'week.docx'), data);
      convertToPdf(dir, [path.join(dir, 'week.docx')]);
      const pages = execFileSync('pdftotext', ['-layout', path.join(dir, 'week.pdf'), '-'], {
        encoding: 'utf8',
      })
        .split('\f')
        .filter((page) => page.trim());
      const signed = pages.findIndex((page) => page.includes('CHÁNH VĂN PHÒNG'));
      expect(signed).toBe(pages.length - 1);
      // The page that carries the signature carries the last day's row too.
      expect(pages[signed]).toContain('Thứ Sáu');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a schedule without an issuing body, and writes nothing over the database', async () => {
    const t = demo();
    await expect(call(t, 'schedule.weekDocx', { date: '2021-01-14' })).rejects.toThrow(/E_VALIDATION/);
    await expect(
      call(t, 'schedule.saveWeekDocxTo', { date: '2021-01-14', issuerId: demoIds.vpub, path: t.file }),
    ).rejects.toThrow(/E_/);
  });
});
