// The index holds exactly the data after every way data arrives: the exchange import, a merge of
// another office's file, a restore, a task's follow-up, a renamed person, a merged duplicate, and a
// write made behind the app's back (a SQLite tool), which the next search picks up.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchIndex } from '../../../main/search/check';
import { loadOffice } from '../../../scripts/data/load';
import { tempDir } from '../../helpers/db';
import { trackDataFolders } from '../backup/fixtures';
import { ID, idsByKind, searchOffice } from './fixture';

const dataFolder = trackDataFolders();
const small = { years: 2, meetingsPerYear: 15, minutesWords: 300, people: 40 };

function expectInSync(folder: { db: Parameters<typeof checkSearchIndex>[0] }) {
  const report = checkSearchIndex(folder.db);
  expect({ ...report, records: report.records > 0 }).toEqual({
    ok: true,
    records: true,
    missing: [],
    stale: [],
    extra: [],
    queued: 0,
  });
}

describe('the search index matches the data', () => {
  it('after an import of a generated office, and after deleting and editing records', () => {
    const a = dataFolder();
    loadOffice(a.services, small);
    a.services.exchange.import(searchOffice());
    expectInSync(a);
    const [first, second] = a.services.ctx.repos.meetings.allIds();
    a.services.meetings.delete(first!);
    const meeting = a.services.meetings.get(second!);
    a.services.meetings.save({
      ...meeting,
      title: 'Tiêu đề mới hoàn toàn',
      conclusions: meeting.conclusions?.slice(1),
    });
    const draft = a.services.documents.saveDraft({
      ...a.services.documents.get(ID.notice),
      id: '0e000000-0000-4000-8000-0000000000ff',
    });
    expectInSync(a);
    a.services.documents.delete(draft.id);
    expectInSync(a);
  });

  it('after a restore: the rebuilt database indexes what it holds, and searches find it', async () => {
    const a = dataFolder();
    a.services.exchange.import(searchOffice());
    loadOffice(a.services, small);
    const file = path.join(tempDir(), 'sao lưu.sohop');
    await a.backups.create(file);
    const b = dataFolder();
    b.services.people.save({ id: '0b000000-0000-4000-8000-0000000000aa', fullName: 'Người Sẽ Bị Thay' });
    const prepared = await b.backups.prepareRestore(file);
    b.close();
    prepared.commit();
    b.reopen();
    expectInSync(b);
    expect(idsByKind(b.services.search.search({ text: 'do luong' })).meeting).toContain(ID.doLuong);
    expect(b.services.search.search({ text: 'nguoi se bi thay' }).groups).toEqual([]);
  });

  it('after merging another office’s backup that adds and updates records', async () => {
    const a = dataFolder();
    a.services.exchange.import(searchOffice());
    const shared = path.join(tempDir(), 'chung.sohop');
    await a.backups.create(shared);
    const b = dataFolder();
    const prepared = await b.backups.prepareRestore(shared);
    b.close();
    prepared.commit();
    b.reopen();
    // A edits a meeting's minutes and adds a generated year; B merges A's file.
    const meeting = a.services.meetings.get(ID.hoaGiai);
    a.services.meetings.save({ ...meeting, title: 'Cuộc họp về hòa giải và trợ giúp pháp lý' });
    loadOffice(a.services, { ...small, years: 1, firstYear: 2025 });
    const file = path.join(tempDir(), 'a.sohop');
    await a.backups.create(file);
    await b.backups.applyMerge(file);
    expectInSync(b);
    expect(idsByKind(b.services.search.search({ text: 'tro giup phap ly' })).meeting).toEqual([ID.hoaGiai]);
  });

  it('after a task follow-up (in its transaction), a renamed person and merged duplicates', () => {
    const a = dataFolder();
    a.services.exchange.import(searchOffice());
    const task = a.services.tasks.get(ID.taskNoted);
    a.services.tasks.update({
      conclusionId: ID.taskNoted,
      expectedUpdatedAt: task.updatedAt,
      note: { date: '2024-06-20', note: 'Đã trình phương án điều chuyển vốn.' },
    });
    expect(a.db.prepare('SELECT count(*) AS n FROM search_dirty').get()).toEqual({ n: 0 });
    expect(idsByKind(a.services.search.search({ text: 'dieu chuyen von' }))).toEqual({
      conclusion: [ID.taskNoted],
    });

    a.services.people.save({ id: ID.binh, fullName: 'Lê Văn Bính Đổi Tên' });
    expect(idsByKind(a.services.search.search({ text: 'binh doi ten' }))).toEqual({
      meeting: [ID.giaoBan],
      person: [ID.binh],
    });
    const twin = '0b000000-0000-4000-8000-0000000000bb';
    a.services.people.save({ id: twin, fullName: 'Nguyễn  Đức Trung' });
    a.services.directory.mergePeople({ keepId: twin, mergeIds: [ID.trung] });
    expectInSync(a);
  });

  it('after a write behind the app’s back: the next search indexes it first', () => {
    const a = dataFolder();
    a.services.exchange.import(searchOffice());
    a.db
      .prepare("UPDATE meetings SET title = 'Họp bàn về thủy lợi nội đồng' WHERE id = ?")
      .run(ID.oldMeeting);
    expect(checkSearchIndex(a.db).queued).toBe(1);
    expect(idsByKind(a.services.search.search({ text: 'thuy loi noi dong' }))).toEqual({
      meeting: [ID.oldMeeting],
    });
    expectInSync(a);
    // The check itself sees a row that no longer says what its record says.
    a.db.prepare("UPDATE search_keys SET digest = 'x' WHERE kind = 'person' AND ref_id = ?").run(ID.hoa);
    expect(checkSearchIndex(a.db)).toMatchObject({ ok: false, stale: [`person:${ID.hoa}`] });
  });
});
