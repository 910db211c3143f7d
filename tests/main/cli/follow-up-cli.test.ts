// `tasks` and `report` on the command line: what they list and write, and their exit codes (0 done,
// 2 bad input with a stable code first).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { addDays } from '../../../main/db/repos/task-filter';
import { createServices } from '../../../main/services';
import { todayVietnam } from '../../../shared/datetime';
import { tempDir } from '../../helpers/db';
import { readDocx } from '../documents/docx-reader';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const unitA = id(1);
const unitB = id(2);

/** A database whose tasks sit around the real today (the CLI counts deadlines from it). */
function office(): string {
  const file = path.join(tempDir(), 'so-hop.sqlite');
  const db = openDatabase(file);
  const today = todayVietnam();
  const text = (t: string) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
  });
  const task = (n: number, lead: string, due: string, status: string) => ({
    id: id(100 + n),
    order: n,
    kind: 'task',
    text: text(`Nhiệm vụ số ${n}`),
    assignees: [{ organizationId: lead, role: 'lead' }],
    dueDate: due,
    status,
  });
  createServices(db).exchange.import({
    format: 'so-hop-exchange',
    version: 1,
    organizations: [
      { id: unitA, name: 'Văn phòng UBND tỉnh', family: 'state', symbol: 'VPUB', place: 'Nghệ An' },
      { id: unitB, name: 'Sở Tài chính', family: 'state', symbol: 'STC' },
    ],
    meetings: [
      {
        id: id(50),
        title: 'Họp giao ban',
        kind: 'cuoc-hop',
        startsAt: `${addDays(today, -40)}T08:00:00+07:00`,
        organizerIds: [unitA],
        conclusions: [
          task(1, unitA, addDays(today, -3), 'open'),
          task(2, unitB, addDays(today, 2), 'in-progress'),
          task(3, unitB, addDays(today, 10), 'open'),
          task(4, unitA, addDays(today, -5), 'done'),
        ],
      },
    ],
  });
  closeDatabase(db);
  return file;
}

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
const idsOf = (json: string) =>
  (JSON.parse(json) as { tasks: { conclusionId: string }[] }).tasks.map((t) => t.conclusionId);

describe('tasks on the command line', () => {
  it('lists open tasks, overdue ones, those due within N days, and one unit’s', async () => {
    const db = office();
    expect(idsOf((await cli('--db', db, '--json', 'tasks')).out)).toEqual([id(101), id(102), id(103)]);
    expect(idsOf((await cli('--db', db, '--json', 'tasks', '--overdue')).out)).toEqual([id(101)]);
    expect(idsOf((await cli('--db', db, '--json', 'tasks', '--due-within', '7')).out)).toEqual([id(102)]);
    expect(idsOf((await cli('--db', db, '--json', 'tasks', '--overdue', '--due-within', '7')).out)).toEqual([
      id(101),
      id(102),
    ]);
    expect(idsOf((await cli('--db', db, '--json', 'tasks', '--organization', unitB)).out)).toEqual([
      id(102),
      id(103),
    ]);
    const human = await cli('--db', db, 'tasks', '--overdue');
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^Nhiệm vụ: 1\n.*QUÁ HẠN Nhiệm vụ số 1 {2}— Văn phòng UBND tỉnh/);
  });

  it('refuses bad input with exit code 2 and a code', async () => {
    const db = office();
    const bad = await cli('--db', db, 'tasks', '--due-within', 'bảy');
    expect([bad.code, bad.err.split(':')[0]]).toEqual([2, 'E_USAGE']);
    const org = await cli('--db', db, 'tasks', '--organization', 'sở-tài-chính');
    expect([org.code, org.err.split(':')[0]]).toEqual([2, 'E_USAGE']);
    const missing = await cli('--db', db, 'tasks', '--organization', id(9));
    expect([missing.code, missing.err.split(':')[0]]).toEqual([2, 'E_NOT_FOUND']);
  });
});

describe('report on the command line', () => {
  it('writes the DOCX and the XLSX of the period, for the body that held the meetings', async () => {
    const db = office();
    const dir = tempDir();
    const from = addDays(todayVietnam(), -60);
    const to = todayVietnam();
    const docx = path.join(dir, 'Báo cáo.docx');
    const written = await cli(
      '--db',
      db,
      'report',
      '--from',
      from,
      '--to',
      to,
      '--organization',
      unitA,
      '--out',
      docx,
    );
    expect(written.err).toBe('');
    expect([written.code, written.out]).toEqual([0, expect.stringContaining('4 nhiệm vụ')]);
    const view = await readDocx(fs.readFileSync(docx));
    expect(view.paragraphs.map((p) => p.text)).toContain('Số: …/BC-VPUB');
    expect(view.paragraphs.some((p) => p.text.startsWith('Tổng số: 4 nhiệm vụ; đã hoàn thành: 1;'))).toBe(
      true,
    );

    const xlsx = path.join(dir, 'Báo cáo.xlsx');
    const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
    expect(
      (
        await cli(
          '--db',
          db,
          '--json',
          'report',
          '--from',
          dmy(from),
          '--to',
          dmy(to),
          '--organization',
          unitA,
          '--out',
          xlsx,
        )
      ).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets[0]!.getRow(6).getCell(5).value).toEqual(
      new Date(`${addDays(todayVietnam(), -3)}T00:00:00Z`),
    );
  });

  it('refuses bad dates, a reversed period and an unknown kind of file with exit code 2', async () => {
    const db = office();
    const out = path.join(tempDir(), 'r.docx');
    for (const args of [
      ['--from', '2025-02-30', '--to', '2025-03-01'],
      ['--from', '31/13/2025', '--to', '2026-01-01'],
      ['--to', '2025-03-01'],
      ['--from', '2025-03-01', '--to', '2025-01-01'],
    ]) {
      const result = await cli('--db', db, 'report', ...args, '--out', out);
      expect([result.code, result.err.split(':')[0]], args.join(' ')).toEqual([2, 'E_USAGE']);
    }
    const csv = await cli(
      '--db',
      db,
      'report',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--out',
      'r.csv',
    );
    expect([csv.code, csv.err.split(':')[0]]).toEqual([2, 'E_USAGE']);
    const noIssuer = await cli(
      '--db',
      db,
      'report',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--out',
      out,
    );
    expect([noIssuer.code, noIssuer.err.split(':')[0]]).toEqual([2, 'E_VALIDATION']);
    expect(fs.existsSync(out)).toBe(false);
  });
});
