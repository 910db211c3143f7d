// The index follows the data along the paths the user takes: the app's IPC calls (merge another office's
// backup, delete a meeting, restore) and the command line (import an exchange file, merge, restore,
// search with --year/--kind/--json). After each step the search answers from what the database holds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { checkSearchIndex } from '../../../main/search/check';
import type { MergePlan } from '../../../shared/backup';
import type { SearchResult } from '../../../shared/search';
import { tempDir } from '../../helpers/db';
import { trackDataFolders, type DataFolder } from '../backup/fixtures';
import { ID, idsByKind, searchOffice } from './fixture';

const dataFolder = trackDataFolders();

/** The handlers the app serves for `folder`; rebuilt after a restore, as the Electron host does. */
function handlersOf(folder: DataFolder) {
  return createHandlers(
    folder.services,
    { version: '0-test', databasePath: folder.databasePath },
    {
      dataDir: folder.dataDir,
      replaceDatabase: (install) => {
        folder.close();
        try {
          install();
        } finally {
          folder.reopen();
        }
      },
    },
  );
}

async function searchIpc(folder: DataFolder, text: string): Promise<Record<string, string[]>> {
  const result = await dispatch(handlersOf(folder), 'search.query', { text });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return idsByKind(result.value as SearchResult);
}

const inSync = (report: ReturnType<typeof checkSearchIndex>) =>
  expect({ ...report, records: report.records > 0 }).toMatchObject({
    ok: true,
    records: true,
    missing: [],
    stale: [],
    extra: [],
  });

describe('the search index along the app’s IPC calls', () => {
  it('finds a merged office’s records, forgets a deleted meeting, and answers from a restored file', async () => {
    const other = dataFolder();
    other.services.exchange.import(searchOffice());
    const file = path.join(tempDir(), 'đơn vị khác.sohop');
    await other.backups.create(file);

    const ours = dataFolder();
    ours.services.people.save({ id: '0b000000-0000-4000-8000-0000000000aa', fullName: 'Phan Văn Riêng' });
    expect(await searchIpc(ours, 'do luong')).toEqual({});
    const preview = await dispatch(handlersOf(ours), 'backup.mergePreview', { file });
    expect(preview.ok).toBe(true);
    const planId = preview.ok ? (preview.value as MergePlan).planId : '';
    expect(await dispatch(handlersOf(ours), 'backup.mergeApply', { file, planId })).toMatchObject({
      ok: true,
    });
    expect(await searchIpc(ours, 'do luong')).toEqual({ meeting: [ID.doLuong] });
    expect((await searchIpc(ours, 'nguyen duc trung')).person).toEqual([ID.trung]);
    expect(await searchIpc(ours, 'phan van rieng')).toEqual({
      person: ['0b000000-0000-4000-8000-0000000000aa'],
    });
    inSync(checkSearchIndex(ours.db));

    // Deleting the meeting (Xóa cuộc họp) takes it, its conclusions and its attendee rows out of the index.
    expect(await searchIpc(ours, 'tháo gỡ')).toMatchObject({
      meeting: [ID.giaoBan],
      conclusion: [ID.taskNoted],
    });
    expect(await dispatch(handlersOf(ours), 'meetings.delete', { id: ID.giaoBan })).toMatchObject({
      ok: true,
    });
    expect(await searchIpc(ours, 'tháo gỡ')).toEqual({});
    expect(await searchIpc(ours, 'vung trung')).toEqual({}); // a word only its minutes held
    expect(await searchIpc(ours, 'nguyen duc trung')).toEqual({ person: [ID.trung] });
    inSync(checkSearchIndex(ours.db));

    // Restoring the other office's file: its meeting is back, the person only we had is gone.
    expect(await dispatch(handlersOf(ours), 'backup.restore', { file })).toMatchObject({ ok: true });
    expect(await searchIpc(ours, 'vung trung')).toEqual({ meeting: [ID.giaoBan] });
    expect(await searchIpc(ours, 'phan van rieng')).toEqual({});
    inSync(checkSearchIndex(ours.db));
  });
});

async function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function searchCli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Record<string, string[]>> {
  const run = await cli(env, '--json', 'search', ...args);
  expect(run.code, run.err).toBe(0);
  return idsByKind(JSON.parse(run.out) as SearchResult);
}

/** Opens the folder's database the way `check` would and compares the index with the data. */
function checkFolder(env: NodeJS.ProcessEnv) {
  const db = openDatabase(path.join(env.SOHOP_USER_DATA as string, 'so-hop.sqlite'));
  try {
    return checkSearchIndex(db);
  } finally {
    closeDatabase(db);
  }
}

describe('the search index along the command line', () => {
  it('searches an imported exchange file, a merged backup and a restored one, documents included', async () => {
    const dir = tempDir();
    const exchange = path.join(dir, 'trao đổi.json');
    fs.writeFileSync(exchange, JSON.stringify(searchOffice()));
    const a = { SOHOP_USER_DATA: path.join(dir, 'văn phòng A') };
    expect((await cli(a, 'import', exchange)).code).toBe(0);
    expect(await searchCli(a, 'ĐÔ', 'LƯƠNG')).toEqual({ meeting: [ID.doLuong] });
    expect((await searchCli(a, 'hoà')).person).toEqual([ID.hoa]);
    expect(await searchCli(a, 'vung trung')).toEqual({ meeting: [ID.giaoBan] });
    expect(await searchCli(a, 'de dieu', '--kind', 'van-ban')).toEqual({ document: [ID.notice] });
    expect(await searchCli(a, 'cong tac', '--year', '2022')).toEqual({ meeting: [ID.hoaGiai] });
    const text = await cli(a, 'search', 'nguyen', 'duc', 'trung');
    expect(text.out).toMatch(/«Nguyễn» «Đức» «Trung»/);
    inSync(checkFolder(a));
    const file = path.join(dir, 'a.sohop');
    expect((await cli(a, 'backup', '--out', file)).code).toBe(0);

    // Office B has the demo data, merges A's backup, then restores it over everything.
    const b = { SOHOP_USER_DATA: path.join(dir, 'văn phòng B') };
    expect((await cli(b, 'demo')).code).toBe(0);
    const demoOnly = await searchCli(b, 'tong ket', '--kind', 'cuoc-hop');
    expect(demoOnly.meeting?.length).toBeGreaterThan(0);
    // The demo office writes about Đô Lương in a document and a programme, but holds no meeting there.
    const demoDoLuong = await searchCli(b, 'do luong');
    expect(demoDoLuong.meeting).toBeUndefined();
    expect(demoDoLuong.document?.length).toBeGreaterThan(0);
    expect((await cli(b, 'merge', file)).code).toBe(0);
    expect(await searchCli(b, 'do luong')).toEqual({ ...demoDoLuong, meeting: [ID.doLuong] });
    // Same meetings (bm25's order may move: the merged records change the word statistics).
    expect((await searchCli(b, 'tong ket', '--kind', 'cuoc-hop')).meeting?.toSorted()).toEqual(
      demoOnly.meeting?.toSorted(),
    );
    inSync(checkFolder(b));
    const restored = await cli(b, 'restore', file);
    expect(restored.code, restored.err).toBe(0);
    expect(await searchCli(b, 'do luong')).toEqual({ meeting: [ID.doLuong] });
    expect(await searchCli(b, 'tong ket', '--kind', 'cuoc-hop')).toEqual({});
    inSync(checkFolder(b));
  });
});
