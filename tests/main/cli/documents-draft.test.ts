// `draft` makes a document of a meeting as the app does and prints its id; `documents` lists them;
// `export-docx` writes the draft. Bad input exits 2 with a stable code and leaves the database as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { demoIds } from '../../../main/demo/seed-data';
import { readDocx } from '../documents/docx-reader';
import { tempDir } from '../../helpers/db';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { SOHOP_USER_DATA: tempDir() },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function demoDb(): Promise<string> {
  const db = path.join(tempDir(), 'so-hop.sqlite');
  expect((await cli('--db', db, 'demo')).code).toBe(0);
  return db;
}

interface Listed {
  id: string;
  type: string;
  status: string;
  number: number | null;
  cited: string | null;
  summary: string;
}
const listed = async (db: string, ...args: string[]): Promise<Listed[]> =>
  (JSON.parse((await cli('--db', db, '--json', 'documents', ...args)).out) as { documents: Listed[] })
    .documents;

describe('documents and draft on the command line', () => {
  it('drafts a giấy mời in a real process, lists it, and exports it as a DOCX', async () => {
    const db = await demoDb();
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = spawnSync(
      process.execPath,
      [
        tsx,
        'main/cli/index.ts',
        '--db',
        db,
        'draft',
        '--meeting',
        demoIds.meeting2021,
        '--type',
        'invitation',
      ],
      { encoding: 'utf8', cwd: process.cwd() },
    );
    expect(run.status).toBe(0);
    const id = run.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // The meeting is long past: the warning goes to stderr with its code, the draft is still made.
    expect(run.stderr).toMatch(/^W_INVITATION_AFTER_MEETING: /);

    const mine = await listed(db, '--meeting', demoIds.meeting2021);
    expect(mine.map((d) => [d.type, d.status])).toEqual(
      expect.arrayContaining([
        ['invitation', 'draft'],
        ['conclusion-notice', 'draft'],
      ]),
    );
    expect(mine.find((d) => d.id === id)).toMatchObject({ number: null, cited: null });
    expect((await listed(db)).length).toBeGreaterThan(mine.length);
    const human = await cli('--db', db, 'documents', '--meeting', demoIds.meeting2021);
    expect(human.out).toContain(`${id}  Giấy mời  dự thảo  Dự hội nghị tổng kết`);

    const out = path.join(tempDir(), 'giấy mời.docx');
    const exported = (await cli('--db', db, 'export-docx', '--document', id, '--out', out)).code;
    expect(exported).toBe(0);
    const view = await readDocx(fs.readFileSync(out));
    const lines = view.paragraphs.map((p) => p.text);
    expect(lines).toContain('GIẤY MỜI');
    expect(lines).toContain('Thời gian: 14 giờ 00 phút, Thứ Năm, ngày 14/01/2021.');
  });

  it('drafts for another issuing body with --issuer and reports it with --json', async () => {
    const db = await demoDb();
    const result = await cli(
      '--db',
      db,
      '--json',
      'draft',
      '--meeting',
      demoIds.meeting2015,
      '--type',
      'official-letter',
      '--issuer',
      demoIds.ubnd,
    );
    expect(result.code).toBe(0);
    const value = JSON.parse(result.out) as { id: string; type: string; symbol: string; warnings: unknown[] };
    expect(value).toMatchObject({ type: 'official-letter', symbol: 'UBND', warnings: [] });
    expect((await listed(db, '--meeting', demoIds.meeting2015)).some((d) => d.id === value.id)).toBe(true);
  });

  it('refuses a wrong type, a malformed or unknown meeting with exit code 2, nothing drafted', async () => {
    const db = await demoDb();
    const before = (await listed(db)).length;
    const wrongType = await cli('--db', db, 'draft', '--meeting', demoIds.meeting2015, '--type', 'memo');
    expect(wrongType.code).toBe(2);
    expect(wrongType.err).toMatch(
      /^E_USAGE: Loại văn bản không hợp lệ: "memo"\. Chọn một trong: conclusion-notice/,
    );
    const noType = await cli('--db', db, 'draft', '--meeting', demoIds.meeting2015);
    expect(noType.code).toBe(2);
    expect(noType.err).toMatch(/^E_USAGE: Thiếu loại văn bản/);
    const badId = await cli('--db', db, 'documents', '--meeting', 'abc');
    expect(badId.code).toBe(2);
    expect(badId.err).toMatch(/^E_USAGE: Mã cuộc họp không hợp lệ: "abc"/);
    const unknown = await cli(
      '--db',
      db,
      '--json',
      'draft',
      '--meeting',
      '00000000-0000-4000-8000-000000000000',
      '--type',
      'plan',
    );
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.out)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(
      (await cli('--db', db, 'draft', '--meeting', demoIds.meeting2015, '--type', 'plan', '--issuer', 'x'))
        .code,
    ).toBe(2);
    expect(await listed(db)).toHaveLength(before);
  });
});
