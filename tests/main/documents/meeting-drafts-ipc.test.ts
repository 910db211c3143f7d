// The documents around a meeting drafted through the IPC contract (the path the meeting screen takes):
// a giấy mời with everything Quyết định 45/2018 asks and a warning when it would arrive late, a báo cáo
// to the body above with the results table, a kế hoạch with its tasks, a công văn with V/v and Kính gửi.
// Each is read back from the exported DOCX.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { exportDocx } from '../../../main/documents';
import type { GeneratedDraft, MeetingDraftType } from '../../../shared/domain';
import { trackTestDbs, type TestDb } from '../../helpers/db';
import { readDocx } from './docx-reader';

const { withDemo } = trackTestDbs({ clock: true });

async function draft(t: TestDb, meetingId: string, type: MeetingDraftType, issuerIds?: string[]) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  const result = await dispatch(handlers, 'documents.draftFromMeeting', {
    meetingId,
    type,
    ...(issuerIds ? { issuerIds } : {}),
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const value = result.value as GeneratedDraft;
  const view = await readDocx(await exportDocx(t.services.ctx, value.document.id));
  const lines = view.paragraphs.map((p) => p.text.replace(/[\n\u00a0]/g, ' ').trim()).filter(Boolean);
  return { ...value, view, lines, all: lines.join('\n') };
}

describe('drafts of the new types from a meeting, through dispatch', () => {
  it('drafts a giấy mời with the invitees, the chair, the time with its weekday, the place and a contact', async () => {
    const t = withDemo();
    const { document, lines, all, warnings } = await draft(t, demoIds.meeting2021, 'invitation');
    expect(document).toMatchObject({ type: 'invitation', status: 'draft', symbol: 'GM/ĐUK' });
    expect(lines).toContain('GIẤY MỜI');
    expect(lines).toContain(
      'Dự hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021 của Đảng ủy Khối các cơ quan tỉnh',
    );
    expect(lines[lines.indexOf('GIẤY MỜI') + 3]).toBe(
      // after the trích yếu and the Party '-----'
      'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An trân trọng kính mời:',
    );
    // Every invitee: the attendees with their titles, then the groups; not the chair or the secretary.
    for (const invitee of [
      'Đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh;',
      'Đồng chí Cao Thị Hiền, Phó Chủ tịch HĐND tỉnh;',
      'Đồng chí Hoàng Văn Nhiên, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh;',
      'Đại diện lãnh đạo 64 tổ chức đảng trực thuộc Đảng bộ Khối.',
    ])
      expect(lines).toContain(invitee);
    expect(all).toContain(
      'Chủ trì: đồng chí Nguyễn Nam Đình, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh.',
    );
    expect(lines).toContain('Thời gian: 14 giờ 00 phút, Thứ Năm, ngày 14/01/2021.');
    expect(lines).toContain('Địa điểm: Hội trường Đảng ủy Khối các cơ quan tỉnh Nghệ An.');
    expect(all).toMatch(/Đầu mối liên hệ: đồng chí Lê Thị Hồng Khanh, .*điện thoại/);
    expect(lines).toContain('T/M BAN THƯỜNG VỤ');
    // The meeting was in 2021: far too late to invite anyone.
    expect(warnings.map((w) => w.code)).toEqual(['W_INVITATION_AFTER_MEETING']);
  });

  it('warns when the giấy mời would reach invitees fewer than 3 working days before the meeting', async () => {
    const t = withDemo(); // the clock reads Monday 23/11/2026
    const m = t.services.meetings.get(demoIds.meeting2021);
    t.services.meetings.save({ ...m, startsAt: '2026-11-26T14:00:00+07:00' }); // Thursday: 2 working days
    const late = await draft(t, demoIds.meeting2021, 'invitation');
    expect(late.warnings).toHaveLength(1);
    expect(late.warnings[0]).toMatchObject({ code: 'W_INVITATION_LATE' });
    expect(late.warnings[0]!.message).toContain('ít nhất 3 ngày làm việc');
    expect(late.lines).toContain('Thời gian: 14 giờ 00 phút, Thứ Năm, ngày 26/11/2026.');
    t.services.meetings.save({ ...m, startsAt: '2026-11-30T08:00:00+07:00' }); // next Monday: 4
    expect((await draft(t, demoIds.meeting2021, 'invitation')).warnings).toEqual([]);
  });

  it('drafts a báo cáo to the body above with the results table of the tasks', async () => {
    const t = withDemo();
    const { document, lines, view } = await draft(t, demoIds.meeting2015, 'report');
    expect(document).toMatchObject({ type: 'report', symbol: 'BC-VPUB' });
    expect(document.addressees).toEqual(['Ủy ban nhân dân tỉnh Nghệ An']);
    // Nơi nhận stored as printed: `;` after each line, `.` after the last.
    expect(document.recipients).toEqual(['Ủy ban nhân dân tỉnh Nghệ An (để b/c);', 'Lưu: VT.']);
    expect(lines).toContain('- Ủy ban nhân dân tỉnh Nghệ An (để b/c);');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.');
    const cells = (row: number) =>
      view.paragraphs.filter((p) => p.cell?.table === 1 && p.cell.row === row).map((p) => p.text);
    expect(cells(0)).toEqual([
      'STT',
      'Nội dung kết luận, nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn',
      'Kết quả thực hiện',
      'Ghi chú',
    ]);
    expect(cells(1)).toContain('Đã hoàn thành: Đã ban hành chương trình hành động.');
    expect(cells(2)).toContain('Đang thực hiện');
    // It cites the issued notice that carried the conclusion.
    expect(lines.join('\n')).toContain('(Thông báo số 05/TB-VPUB ngày 05/01/2016)');
  });

  it('drafts a kế hoạch listing each task with its lead, support and deadline', async () => {
    const t = withDemo();
    const { document, view, lines } = await draft(t, demoIds.meeting2021, 'plan');
    expect(document).toMatchObject({ type: 'plan', symbol: 'KH/ĐUK' });
    expect(lines).toContain('KẾ HOẠCH');
    const rows = view.paragraphs
      .filter((p) => p.cell?.table === 1)
      .reduce<string[][]>((acc, p) => {
        (acc[p.cell!.row] ??= []).push(p.text);
        return acc;
      }, []);
    expect(rows[0]).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn']);
    expect(rows.slice(1).map((r) => r[4])).toEqual(['31/12/2021', '30/06/2021']);
    expect(rows[1]![3]).toBe('Văn phòng Ủy ban nhân dân tỉnh Nghệ An');
  });

  it('drafts a công văn with V/v under the number and Kính gửi the bodies given tasks', async () => {
    const t = withDemo();
    const { document, lines } = await draft(t, demoIds.meeting2015, 'official-letter', [demoIds.ubnd]);
    expect(document).toMatchObject({ type: 'official-letter', issuerIds: [demoIds.ubnd] });
    expect(lines).not.toContain('CÔNG VĂN');
    const vv = lines.find((l) => l.startsWith('V/v '))!;
    expect(vv).toMatch(/^V\/v triển khai thực hiện kết luận tại hội nghị tổng kết/);
    expect(lines.indexOf(vv)).toBeLessThan(lines.findIndex((l) => l.startsWith('Kính gửi:')));
    expect(lines).toContain('Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Nghệ An.');
    // Issued by the UBND, it signs as the UBND with the chair of that day.
    expect(lines).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Đình Sơn']));
  });

  it('refuses a type a meeting does not give rise to, with E_VALIDATION', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const before = t.services.documents.list({ limit: 500 }).total;
    const result = await dispatch(handlers, 'documents.draftFromMeeting', {
      meetingId: demoIds.meeting2015,
      type: 'coordination-programme',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(t.services.documents.list({ limit: 500 }).total).toBe(before);
  });
});
