// Drafts generated from a meeting or a programme: saved as drafts, built from the records, exportable.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/handlers';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx, generateFromMeeting, generateFromProgramme } from '../../../main/documents';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { trackTestDbs } from '../../helpers/db';
import { readDocx } from './docx-reader';

const { withDemo } = trackTestDbs({ clock: true });
const PROGRAMME = '18c4e628-bba5-5ada-839b-bf9a747b599d';
const types = (node: RichTextNode): string[] => [node.type, ...(node.content ?? []).flatMap(types)];

describe('generated drafts', () => {
  it('drafts a state conclusion notice: opening from the meeting, conclusions in order with their tasks, closing', async () => {
    const { services: s } = withDemo();
    const draft = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice');
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      type: 'conclusion-notice',
      symbol: 'TB-VPUB',
      meetingId: demoIds.meeting2015,
    });
    expect(s.documents.get(draft.id).id).toBe(draft.id);
    const text = richTextToPlain(draft.body);
    expect(text).toMatch(
      /^Ngày 29 tháng 12 năm 2015, đồng chí Lê Đình Sơn - Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì hội nghị tổng kết/,
    );
    expect(text).toContain(
      'Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh; đại diện Đảng ủy Khối các cơ quan tỉnh.',
    );
    expect(text.indexOf('Cụ thể hóa')).toBeLessThan(text.indexOf('Tiếp tục cải cách'));
    expect(text).toContain(
      'thành chương trình hành động của Văn phòng (Chủ trì: Văn phòng Ủy ban nhân dân tỉnh Nghệ An; thời hạn hoàn thành: 31/03/2016).',
    );
    expect(text).toMatch(/thực hiện\.\/\.$/);
    expect(draft.summary).toBe(
      'Kết luận của đồng chí Lê Đình Sơn, Chủ tịch UBND tỉnh tại hội nghị tổng kết công tác Đảng, chuyên môn, đoàn thể năm 2015',
    );
    expect(types(draft.body)).toContain('orderedList');
    const view = await readDocx(await exportDocx(s.ctx, draft.id));
    expect(view.paragraphs.some((p) => p.text === 'I. ĐÁNH GIÁ CHUNG')).toBe(true);
    expect(view.paragraphs.some((p) => p.text === 'II. NHIỆM VỤ THỜI GIAN TỚI')).toBe(true);
  });

  it('signs a draft with the usual chain of its issuer: the Văn phòng TL., a Ban Chỉ đạo its own TM.', () => {
    const { services: s } = withDemo();
    const office = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice');
    expect(office.signers).toEqual([
      {
        organizationId: demoIds.vpub,
        chain: [{ authority: 'TL', body: 'CHỦ TỊCH' }],
        position: 'CHÁNH VĂN PHÒNG',
      },
    ]);
    const steering = s.organizations.save({
      id: '7b3c1d2e-0000-4000-8000-000000000001',
      name: 'Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An',
      headerLines: ['BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
      parentId: demoIds.ubnd,
      symbol: 'BCĐ',
      family: 'state',
    });
    const meeting = s.meetings.get(demoIds.meeting2015);
    s.meetings.save({ ...meeting, organizerIds: [steering.id] });
    const draft = generateFromMeeting(s, demoIds.meeting2015, 'conclusion-notice');
    expect(draft.signers).toEqual([
      {
        organizationId: steering.id,
        chain: [{ authority: 'TM', body: 'BAN CHỈ ĐẠO' }],
        position: 'TRƯỞNG BAN',
      },
    ]);
  });

  it('drafts a Party conclusion notice signed T/M BAN THƯỜNG VỤ', () => {
    const { services: s } = withDemo();
    const draft = generateFromMeeting(s, demoIds.meeting2021, 'conclusion-notice');
    expect(draft.symbol).toBe('TB/ĐUK');
    expect(draft.signers).toEqual([
      expect.objectContaining({
        chain: [{ authority: 'TM', body: 'BAN THƯỜNG VỤ' }],
        position: 'BÍ THƯ',
        personId: demoIds.nguyenNamDinh,
      }),
    ]);
    expect(richTextToPlain(draft.body)).toContain(
      'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An kết luận như sau:',
    );
  });

  it('drafts a biên bản with the Mẫu 1.9 fields, the minutes and THƯ KÝ / CHỦ TỌA', () => {
    const { services: s } = withDemo();
    const draft = generateFromMeeting(s, demoIds.meeting2021, 'minutes');
    const text = richTextToPlain(draft.body);
    for (const label of [
      'Thời gian bắt đầu: 14 giờ 00, ngày 14 tháng 01 năm 2021.',
      'Địa điểm: Hội trường Đảng ủy Khối',
      'Thành phần tham dự:',
      'Chủ trì (chủ tọa): đồng chí Nguyễn Nam Đình',
      'Thư ký (người ghi biên bản): đồng chí Lê Thị Hồng Khanh',
      'kết nạp 152 đảng viên mới',
    ])
      expect(text).toContain(label);
    expect(draft.signers?.map((x) => x.position)).toEqual(['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ']);
    expect(draft.signers?.map((x) => x.personId)).toEqual([demoIds.leThiHongKhanh, demoIds.nguyenNamDinh]);
  });

  it('drafts a joint programme: a table of content / lead / support / timing, one signer per party', async () => {
    const { services: s } = withDemo();
    const draft = generateFromProgramme(s, PROGRAMME);
    expect(draft).toMatchObject({
      type: 'coordination-programme',
      symbol: 'CTr/BCSĐ-ĐUK',
      programmeId: PROGRAMME,
    });
    expect(draft.summary).toBe(
      'Phối hợp công tác năm 2019 giữa Ban cán sự đảng UBND tỉnh và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh',
    );
    // One block per party, the lead body (the Ban cán sự đảng) on the right.
    expect(draft.signers?.map((x) => [x.chain?.[0]?.body, x.personId])).toEqual([
      ['BAN THƯỜNG VỤ', '62f93593-61af-5967-8124-acf385cbd025'],
      ['BAN CÁN SỰ ĐẢNG', '726f5fca-6174-59c7-a99b-9e4806c39739'],
    ]);
    const view = await readDocx(await exportDocx(s.ctx, draft.id));
    expect(view.tables).toHaveLength(3); // header, the items, signatures
    const cells = view.paragraphs.filter((p) => p.cell?.table === 1);
    expect(cells.slice(0, 5).map((p) => p.text)).toEqual([
      'TT',
      'Nội dung',
      'Chủ trì',
      'Phối hợp',
      'Thời gian',
    ]);
    expect(cells.filter((p) => p.cell?.cell === 4).map((p) => p.text)).toContain('Quý I - Quý IV/2019');
    expect(cells.every((p) => p.runs.every((r) => !r.text.trim() || r.font === 'Times New Roman'))).toBe(
      true,
    );
  });

  it('serves the three calls over the IPC contract, the DOCX as base64 with a Windows-safe name', async () => {
    const { services: s } = withDemo();
    const handlers = createHandlers(s, { version: 'test', databasePath: ':memory:' });
    const file = await handlers['documents.exportDocx']({ id: demoIds.notice2015 });
    expect(file.fileName).toBe('TB 05-TB-VPUB 05-01-2016.docx');
    expect(Buffer.from(file.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const minutes = await handlers['documents.generateFromMeeting']({
      meetingId: demoIds.meeting2015,
      type: 'minutes',
    });
    expect(minutes.type).toBe('minutes');
    const programme = await handlers['documents.generateFromProgramme']({ programmeId: PROGRAMME });
    expect(programme.status).toBe('draft');
  });
});
