import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders, type DataFolder } from './fixtures';

const dataFolder = trackDataFolders();
const DAY = 86_400_000;
const start = Date.parse('2026-11-23T09:00:00+07:00');

function rename(folder: DataFolder, meetingId: string, title: string): void {
  const meeting = folder.services.meetings.get(meetingId);
  folder.services.meetings.save({ ...meeting, title });
}

/** Office A and office B start from the same data, then both edit and add; B's clock runs a day later. */
async function divergedOffices() {
  const a = dataFolder(undefined, start);
  fillWithDemo(a);
  const shared = path.join(tempDir(), 'chung.sohop');
  await a.backups.create(shared);
  const b = dataFolder(undefined, start + DAY);
  const prepared = await b.backups.prepareRestore(shared);
  b.close();
  prepared.commit();
  b.reopen();

  const [m1, m2, m3] = a.services.ctx.repos.meetings.allIds();
  if (!m1 || !m2 || !m3) throw new Error('demo data needs three meetings');
  rename(a, m1, 'Tiêu đề sửa ở văn phòng A');
  rename(b, m2, 'Tiêu đề sửa ở văn phòng B');
  rename(a, m3, 'Cả hai cùng sửa: bản A (cũ hơn)');
  rename(b, m3, 'Cả hai cùng sửa: bản B (mới hơn)');
  a.services.people.save({ id: '11111111-2222-4333-8444-555555555555', fullName: 'Trần Thị Bình' });
  b.services.people.save({ id: '66666666-7777-4888-8999-aaaaaaaaaaaa', fullName: 'TRẦN THỊ BÌNH' });
  b.services.people.save({ id: '66666666-7777-4888-8999-bbbbbbbbbbbb', fullName: 'Lê Văn Chỉ Ở B' });
  const organizerIds = a.services.meetings.get(m1).organizerIds;
  a.services.meetings.save({
    id: '99999999-8888-4777-8666-555555555555',
    title: 'Cuộc họp mới ở văn phòng A',
    kind: 'cuoc-hop',
    startsAt: '2026-11-20T08:00:00+07:00',
    organizerIds,
    attendees: [{ personId: '11111111-2222-4333-8444-555555555555', role: 'attendee' }],
  });
  return { a, b, m1, m2, m3 };
}

describe('merging another office', () => {
  for (const kind of ['backup', 'exchange'] as const) {
    it(`merges a diverged ${kind} file as the dry run predicted, flagging the duplicate person`, async () => {
      const { a, b, m1, m2, m3 } = await divergedOffices();
      const file = path.join(tempDir(), kind === 'backup' ? 'a.sohop' : 'a.json');
      if (kind === 'backup') await a.backups.create(file);
      else fs.writeFileSync(file, JSON.stringify(a.services.exchange.exportAll()));

      const before = b.exported();
      const plan = await b.backups.previewMerge(file);
      expect(b.exported()).toBe(before);
      expect(plan.kind).toBe(kind);
      const changed = plan.items
        .filter((i) => i.outcome !== 'skipped')
        .map((i) => [i.collection, i.id, i.outcome]);
      expect(changed).toEqual([
        ['people', '11111111-2222-4333-8444-555555555555', 'added'],
        ['meetings', m1, 'updated'],
        ['meetings', '99999999-8888-4777-8666-555555555555', 'added'],
      ]);
      expect(plan.duplicates).toEqual([
        {
          incoming: { id: '11111111-2222-4333-8444-555555555555', fullName: 'Trần Thị Bình' },
          existing: [{ id: '66666666-7777-4888-8999-aaaaaaaaaaaa', fullName: 'TRẦN THỊ BÌNH' }],
        },
      ]);

      const { report } = await b.backups.applyMerge(file, undefined, plan.planId);
      expect(report).toEqual(plan.counts);
      const title = (id: string) => b.services.meetings.get(id).title;
      expect(title(m1)).toBe('Tiêu đề sửa ở văn phòng A');
      expect(title(m2)).toBe('Tiêu đề sửa ở văn phòng B');
      expect(title(m3)).toBe('Cả hai cùng sửa: bản B (mới hơn)');
      expect(b.services.people.get('11111111-2222-4333-8444-555555555555').fullName).toBe('Trần Thị Bình');
      expect(b.services.people.get('66666666-7777-4888-8999-bbbbbbbbbbbb').fullName).toBe('Lê Văn Chỉ Ở B');
      expect(b.services.database.check().ok).toBe(true);
      // Merging the same file again changes nothing.
      expect((await b.backups.previewMerge(file)).items.every((i) => i.outcome === 'skipped')).toBe(true);
    });
  }

  it('refuses to apply when the data changed after the preview', async () => {
    const { a, b, m1 } = await divergedOffices();
    const file = path.join(tempDir(), 'a.sohop');
    await a.backups.create(file);
    const plan = await b.backups.previewMerge(file);
    rename(b, m1, 'Sửa lại sau khi xem trước');
    const before = b.exported();
    await expect(b.backups.applyMerge(file, undefined, plan.planId)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'E_CONFLICT',
    );
    expect(b.exported()).toBe(before);
  });
});
