import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { loadExportModel } from '../../../main/documents/model';
import { trackTestDbs } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

describe('header lines of the issuing body', () => {
  it('prints a state body’s own lines bold under its parent, abbreviated as NĐ 30 allows and not bold', () => {
    const t = withDemo();
    const board = t.services.organizations.save({
      id: '2f0c6f2e-8d1a-4c55-9b7e-3a8f5e2d1c01',
      name: 'Ban Quản lý Khu kinh tế Đông Nam Nghệ An',
      headerLines: ['Ban Quản lý', 'Khu kinh tế Đông Nam'],
      parentId: demoIds.ubnd,
      symbol: 'BQLKKT',
      family: 'state',
    });
    const draft = t.services.documents.saveDraft({
      id: '2f0c6f2e-8d1a-4c55-9b7e-3a8f5e2d1c02',
      type: 'conclusion-notice',
      issuerIds: [board.id],
      summary: 'Kết luận giao ban',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] },
      status: 'draft',
      signers: [{ position: 'TRƯỞNG BAN' }],
    });
    expect(loadExportModel(t.services.ctx, draft.id).headerLines).toEqual([
      { text: 'UBND TỈNH NGHỆ AN', parent: true },
      { text: 'BAN QUẢN LÝ', parent: false },
      { text: 'KHU KINH TẾ ĐÔNG NAM', parent: false },
    ]);
  });

  it('prints a Party body under its parent committee unless the body names its own upper line', () => {
    const t = withDemo();
    expect(loadExportModel(t.services.ctx, demoIds.notice2021).headerLines).toEqual([
      { text: 'TỈNH ỦY NGHỆ AN', parent: true },
      { text: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', parent: false },
    ]);
    const duk = t.services.organizations.get(demoIds.duk);
    t.services.organizations.save({ ...duk, headerParentLine: 'Đảng bộ tỉnh Nghệ An' });
    expect(loadExportModel(t.services.ctx, demoIds.notice2021).headerLines).toEqual([
      { text: 'ĐẢNG BỘ TỈNH NGHỆ AN', parent: true },
      { text: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', parent: false },
    ]);
  });

  it('prints no upper line for a body whose headerParentLine is null, whatever its parent', () => {
    const t = withDemo();
    const district = t.services.organizations.save({
      id: '2f0c6f2e-8d1a-4c55-9b7e-3a8f5e2d1c03',
      name: 'Ủy ban nhân dân huyện Đô Lương',
      headerLines: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔ LƯƠNG'],
      parentId: demoIds.ubnd,
      headerParentLine: null,
      symbol: 'UBND',
      family: 'state',
    });
    const draft = t.services.documents.saveDraft({
      id: '2f0c6f2e-8d1a-4c55-9b7e-3a8f5e2d1c04',
      type: 'official-letter',
      issuerIds: [district.id],
      summary: 'V/v báo cáo',
      body: { type: 'doc' },
      status: 'draft',
    });
    expect(loadExportModel(t.services.ctx, draft.id).headerLines).toEqual([
      { text: 'ỦY BAN NHÂN DÂN', parent: false },
      { text: 'HUYỆN ĐÔ LƯƠNG', parent: false },
    ]);
  });
});
