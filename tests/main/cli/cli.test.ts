import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { tempDir } from '../../helpers/db';

const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'exchange-2019-programme.json');

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

/** The real command, as an administrator runs it: a separate process with its own exit code. */
function spawnCli(...args: string[]) {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const result = spawnSync(process.execPath, [tsx, 'main/cli/index.ts', ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('command line', () => {
  it('imports, checks and exports through a real process, with exit code 0', async () => {
    const db = path.join(tempDir(), 'thư mục có dấu', 'so-hop.sqlite');
    const imported = spawnCli('--db', db, 'import', fixture);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Thêm mới: 4 cơ quan, 2 cán bộ, 1 cuộc họp');
    expect(spawnCli('--db', db, 'check').code).toBe(0);
    const out = path.join(path.dirname(db), 'xuất.json');
    expect(spawnCli('--db', db, 'export-json', '--out', out).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(out, 'utf8')) as { meetings: unknown[] };
    expect(exported.meetings).toHaveLength(1);
  });

  it('refuses a file with a bad field with exit code 2, the code first and the path named', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    const bad = JSON.parse(fs.readFileSync(fixture, 'utf8'));
    bad.meetings[0].kind = 'tiec-tra';
    const file = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const result = spawnCli('--db', db, 'import', file);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^E_IMPORT_INVALID: .*meetings\[0\]\.kind/);
    const exported = await cli('--db', db, 'export-json');
    expect(JSON.parse(exported.out).meetings).toEqual([]);
  });

  it('reports JSON with --json', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    const result = await cli('--db', db, '--json', 'import', fixture);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).report.added.meetings).toBe(1);
    const failed = await cli('--db', db, '--json', 'import', path.join(tempDir(), 'missing.json'));
    expect(failed.code).toBe(2);
    expect(JSON.parse(failed.out).error.code).toBe('E_FILE_NOT_FOUND');
  });

  it('exports one meeting with --meeting and refuses an unknown one with exit code 2', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    await cli('--db', db, 'demo');
    const one = JSON.parse(
      (await cli('--db', db, 'export-json', '--meeting', '3bcac6cb-c6b5-55a7-bbc7-f04b9878275c')).out,
    );
    expect(one.meetings).toHaveLength(1);
    const missing = await cli('--db', db, 'export-json', '--meeting', '00000000-0000-4000-8000-000000000000');
    expect([missing.code, missing.err.split(':')[0]]).toEqual([2, 'E_NOT_FOUND']);
  });

  it('loads the demo data built from the seed articles', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    expect((await cli('--db', db, 'demo')).code).toBe(0);
    const data = JSON.parse((await cli('--db', db, 'export-json')).out);
    expect(data.meetings.map((m: { title: string }) => m.title)).toContain(
      'Hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021 của Đảng ủy Khối các cơ quan tỉnh',
    );
  });

  it('searches everything without accents, by year and kind, as text with marked words and as JSON', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    await cli('--db', db, 'demo');
    const person = await cli('--db', db, 'search', 'NGUYEN', 'duc', 'trung');
    expect(person.code).toBe(0);
    expect(person.out).toMatch(/Cán bộ: 1\n {2}«Nguyễn» «Đức» «Trung» {2}\[/);
    const byYear = JSON.parse((await cli('--db', db, '--json', 'search', 'tong ket', '--year', '2021')).out);
    const years = byYear.groups.flatMap((g: { items: { date: string }[] }) =>
      g.items.map((i) => i.date.slice(0, 4)),
    );
    expect(new Set(years)).toEqual(new Set(['2021']));
    expect(byYear.groups.map((g: { kind: string }) => g.kind)).not.toContain('person');
    const org = JSON.parse(
      (await cli('--db', db, '--json', 'search', 'van phong uy ban', '--kind', 'co-quan')).out,
    );
    expect(org.groups.map((g: { kind: string }) => g.kind)).toEqual(['organization']);
    expect(org.groups[0].items[0].title.map((s: { text: string }) => s.text).join('')).toBe(
      'Văn phòng Ủy ban nhân dân tỉnh Nghệ An',
    );
    // The words said in the minutes and written in the documents are found too.
    const documents = JSON.parse(
      (await cli('--db', db, '--json', 'search', 'phoi hop', '--kind', 'document')).out,
    );
    expect(documents.groups[0].kind).toBe('document');
    expect((await cli('--db', db, 'search')).code).toBe(2);
    expect((await cli('--db', db, 'search', '--', '-"', '*')).err).toMatch(
      /^E_USAGE: Không có từ nào để tìm/,
    );
    expect((await cli('--db', db, 'search', 'x', '--year', 'năm ngoái')).err).toMatch(
      /^E_USAGE: Năm không hợp lệ/,
    );
    expect((await cli('--db', db, 'search', 'x', '--kind', 'bí mật')).err).toMatch(
      /^E_USAGE: Loại không hợp lệ/,
    );
    expect((await cli('--db', db, 'search', 'x'.repeat(10_000))).code).toBe(2);
  });

  it('answers unknown commands, unknown options and a missing database with exit code 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('--nope', 'init')).err).toMatch(/^E_USAGE:/);
    const check = await cli('--db', path.join(tempDir(), 'none.sqlite'), 'check');
    expect([check.code, check.err.split(':')[0]]).toEqual([2, 'E_FILE_NOT_FOUND']);
  });

  it('check refuses a database from a newer version with exit code 2', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    await cli('--db', db, 'init');
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.pragma('user_version = 99');
    raw.close();
    const result = await cli('--db', db, 'check');
    expect([result.code, result.err.split(':')[0]]).toEqual([2, 'E_DB_NEWER']);
  });

  it('uses the desktop app’s database by default', async () => {
    const home = tempDir();
    const out: string[] = [];
    await runCli(['init'], { out: (t) => out.push(t), err: () => undefined, env: { SOHOP_USER_DATA: home } });
    expect(fs.existsSync(path.join(home, 'so-hop.sqlite'))).toBe(true);
  });
});
