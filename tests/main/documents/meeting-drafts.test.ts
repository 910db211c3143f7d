// Drafts generated from a meeting, read back from the exported DOCX: each body signs with its own chain
// (a Ban Chỉ đạo never with the Văn phòng's TL.), the trích yếu carries one title of the chair and fits on
// two printed lines, Party drafts name bodies that exist, a joint document has one block per issuer, and
// a biên bản states each fact once with one closing line.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx, generateFromMeeting } from '../../../main/documents';
import { wrappedLineCount } from '../../../main/documents/metrics';
import { meetingDraftTypes } from '../../../shared/domain';
import { chainOf, signerPresetsFor } from '../../../shared/signers';
import type { Services } from '../../../main/services';
import { trackTestDbs } from '../../helpers/db';
import { readDocx, type DocxView } from './docx-reader';

const { withDemo } = trackTestDbs({ clock: true });
const MEETING_2019 = '3bcac6cb-c6b5-55a7-bbc7-f04b9878275c';
const STEERING = '7b3c1d2e-0000-4000-8000-000000000001';

const texts = (v: DocxView): string[] =>
  v.paragraphs.map((p) => p.text.replace(/[\n\u00a0]/g, ' ').trim()).filter(Boolean);
/** The lines of the signature table (the last table of the body). */
const signatureLines = (v: DocxView): string[] =>
  v.paragraphs
    .filter((p) => p.cell?.table === v.tables.length - 1)
    .map((p) => p.text.replace(/[\n\u00a0]/g, ' ').trim())
    .filter(Boolean);
const count = (all: string[], re: RegExp) => all.filter((t) => re.test(t)).length;

function steeringMeeting(s: Services): void {
  s.organizations.save({
    id: STEERING,
    name: 'Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An',
    headerLines: ['BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
    parentId: demoIds.ubnd,
    symbol: 'BCĐ',
    family: 'state',
    place: 'Nghệ An',
  });
  const m = s.meetings.get(demoIds.meeting2015);
  s.meetings.save({
    ...m,
    organizerIds: [STEERING],
    attendees: (m.attendees ?? []).map((a) => ({ ...a, organizationId: STEERING })),
  });
  // The office's Cài đặt names the Văn phòng's usual signer: it must not sign the Ban Chỉ đạo's notice.
  s.settings.save({
    ...s.settings.get(),
    defaultSigners: [
      {
        organizationId: demoIds.vpub,
        chain: [{ authority: 'TL', body: 'CHỦ TỊCH' }],
        position: 'CHÁNH VĂN PHÒNG',
      },
    ],
  });
}

describe('drafts from a meeting, read back from the DOCX', () => {
  it('signs a Ban Chỉ đạo notice TM. BAN CHỈ ĐẠO / TRƯỞNG BAN with its chair, never the Văn phòng TL. chain', async () => {
    const { services: s } = withDemo();
    steeringMeeting(s);
    const draft = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice');
    const lines = signatureLines(await readDocx(await exportDocx(s.ctx, draft.id)));
    expect(lines).toContain('TM. BAN CHỈ ĐẠO');
    expect(lines).toContain('TRƯỞNG BAN');
    expect(lines).toContain('Lê Đình Sơn');
    expect(lines.join(' | ')).not.toMatch(/TL\.|CHÁNH VĂN PHÒNG/);
    // The Văn phòng's own notice still takes its default signer from Cài đặt.
    const office = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice', {
      issuerIds: [demoIds.vpub],
    });
    const officeLines = signatureLines(await readDocx(await exportDocx(s.ctx, office.id)));
    expect(officeLines).toEqual(expect.arrayContaining(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']));
  });

  it('puts one title of the chair in the trích yếu and keeps it within two printed lines', async () => {
    const { services: s } = withDemo();
    const draft = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice');
    expect(draft.summary).toBe(
      'Kết luận của đồng chí Lê Đình Sơn, Chủ tịch UBND tỉnh tại hội nghị tổng kết công tác Đảng, chuyên môn, đoàn thể năm 2015',
    );
    const view = await readDocx(await exportDocx(s.ctx, draft.id));
    const summary = texts(view)[texts(view).indexOf('THÔNG BÁO') + 1]!;
    expect(summary).toBe(draft.summary);
    expect(summary).not.toContain('Bí thư');
    // 14 pt bold over the 165 mm text column (A4 less 30 + 15 mm): two lines at most.
    expect(wrappedLineCount(summary, 14, true, 9354)).toBeLessThanOrEqual(2);
    // A chair holding five titles, at a meeting with a long name: still one title, still two lines.
    const m = s.meetings.get(demoIds.meeting2015);
    s.meetings.save({
      ...m,
      title: `${m.title}, đánh giá kết quả thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số, cải cách hành chính và xây dựng chính quyền số giai đoạn 2021 - 2025`,
      attendees: (m.attendees ?? []).map((a) =>
        a.role === 'chair'
          ? {
              ...a,
              position:
                'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh',
            }
          : a,
      ),
    });
    const long = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice');
    expect(long.summary).toMatch(
      /^Kết luận của đồng chí Lê Đình Sơn, Chủ tịch UBND tỉnh tại hội nghị tổng kết/,
    );
    expect(wrappedLineCount(long.summary, 14, true, 9354)).toBeLessThanOrEqual(2);
    expect(long.summary.length).toBeLessThan(170);
  });

  it('names real Party bodies in a joint Party draft and gives it one signature block per issuer, the lead on the right', async () => {
    const { services: s } = withDemo();
    const draft = generateFromMeeting(s, demoIds.meeting2018, 'conclusion-notice');
    const view = await readDocx(await exportDocx(s.ctx, draft.id));
    const all = texts(view).join('\n');
    expect(all).not.toMatch(/Ban Thường vụ Ban cán sự đảng/i);
    expect(all).toContain(
      'Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An kết luận như sau:',
    );
    const blocks = view.paragraphs.filter(
      (p) => p.cell?.table === view.tables.length - 1 && p.cell.row === 0 && /^T\/M/.test(p.text),
    );
    expect(blocks.map((p) => [p.cell?.cell, p.text.replace(/[\n\u00a0]/g, ' ')])).toEqual([
      [0, 'T/M BAN THƯỜNG VỤ'],
      [1, 'T/M BAN CÁN SỰ ĐẢNG'],
    ]);
    const lines = signatureLines(view);
    expect(lines).toEqual(expect.arrayContaining(['Nguyễn Thị Thu Hường', 'Nguyễn Xuân Đường']));
    // A Party committee's own draft: its Ban Thường vụ.
    const duk = generateFromMeeting(s, demoIds.meeting2021, 'conclusion-notice');
    expect(texts(await readDocx(await exportDocx(s.ctx, duk.id))).join('\n')).toContain(
      'Thông báo kết luận của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An để',
    );
  });

  it('states time, place, chair and secretary once in a biên bản, with one closing line', async () => {
    const { services: s } = withDemo();
    const m = s.meetings.get(demoIds.meeting2021);
    // Typed minutes often restate the fields and end with their own closing line.
    const typed = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
    s.meetings.save({
      ...m,
      endsAt: '2021-01-14T17:00:00+07:00',
      minutes: {
        type: 'doc',
        content: [
          typed('Thời gian: 14 giờ 00 ngày 14/01/2021.'),
          typed('Địa điểm: Hội trường Đảng ủy Khối.'),
          typed('Chủ trì: đồng chí Nguyễn Nam Đình.'),
          typed('Thư ký: đồng chí Lê Thị Hồng Khanh.'),
          ...(m.minutes?.content ?? []),
          typed('Hội nghị kết thúc lúc 17 giờ 00 cùng ngày.'),
        ],
      },
    });
    const draft = generateFromMeeting(s, demoIds.meeting2021, 'minutes');
    const all = texts(await readDocx(await exportDocx(s.ctx, draft.id)));
    expect(count(all, /^Thời gian/)).toBe(1);
    expect(count(all, /^Địa điểm/)).toBe(1);
    expect(count(all, /Nguyễn Nam Đình -/)).toBe(1);
    expect(count(all, /Lê Thị Hồng Khanh -/)).toBe(1);
    expect(count(all, /kết thúc/)).toBe(1);
    expect(all).toContain('Hội nghị kết thúc vào 17 giờ 00, ngày 14 tháng 01 năm 2021./.');
    expect(all).toContain(
      'Chủ trì (chủ tọa): đồng chí Nguyễn Nam Đình - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan tỉnh.',
    );
    expect(all.some((t) => t.startsWith('Thành phần tham dự: đồng chí Nguyễn Đức Trung'))).toBe(true);
    expect(all.some((t) => t.includes('kết nạp 152 đảng viên mới'))).toBe(true);
  });

  it('gives a joint biên bản the secretary and the chair of each issuing body', async () => {
    const { services: s } = withDemo();
    const draft = generateFromMeeting(s, MEETING_2019, 'minutes');
    const lines = signatureLines(await readDocx(await exportDocx(s.ctx, draft.id)));
    expect(count(lines, /^NGƯỜI GHI BIÊN BẢN$/)).toBe(1);
    expect(count(lines, /^CHỦ TRÌ HỘI NGHỊ$/)).toBe(2);
    expect(lines).toEqual(expect.arrayContaining(['Nguyễn Nam Đình', 'Thái Thanh Quý']));
  });

  it('drafts every type from every demo meeting: trích yếu within two lines, each issuer signing with one of its usual chains', async () => {
    const { services: s } = withDemo();
    const meetings = [demoIds.meeting2015, demoIds.meeting2018, MEETING_2019, demoIds.meeting2021];
    for (const meetingId of meetings)
      for (const type of meetingDraftTypes) {
        const draft = generateFromMeeting(s, meetingId, type);
        const where = `${type} of ${meetingId}`;
        // 14 pt bold over the 165 mm column; a công văn's V/v (Party: 'về việc …' as typed): 12 pt in its header
        // column, 3 lines.
        if (type === 'official-letter')
          expect(
            wrappedLineCount(
              draft.summary.startsWith('về việc') ? draft.summary : `V/v ${draft.summary}`,
              12,
              false,
              draft.summary.startsWith('về việc') ? 4209 : 3929, // Party 45% of the column, state 42%
            ),
            where,
          ).toBeLessThanOrEqual(3);
        else expect(wrappedLineCount(draft.summary, 14, true, 9354), where).toBeLessThanOrEqual(2);
        const issuers = draft.issuerIds.map((id) => s.organizations.get(id));
        for (const org of issuers)
          expect(
            draft.signers?.some((x) => x.organizationId === org.id),
            `${where}: block of ${org.name}`,
          ).toBe(true);
        if (type !== 'minutes')
          for (const signer of draft.signers ?? []) {
            const org = issuers.find((o) => o.id === signer.organizationId)!;
            const printed = [...chainOf(signer).map((l) => l.authority + l.body), signer.position].join('/');
            const usual = signerPresetsFor(org).map((p) =>
              [...p.chain.map((l) => l.authority + l.body), p.position].join('/'),
            );
            expect(usual, `${where}: ${printed}`).toContain(printed);
          }
        const all = texts(await readDocx(await exportDocx(s.ctx, draft.id))).join('\n');
        expect(all, where).not.toMatch(/Ban Thường vụ Ban /);
      }
  });
});
