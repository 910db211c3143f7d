// Báo cáo tình hình thực hiện kết luận through the IPC dispatch, as the app asks for it: the DOCX and the
// XLSX parsed back (rows, dates, totals), checked against the tasks in the database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { ReportFile } from '../../../shared/reports';
import { openTestDb, tempDir, type TestDb } from '../../helpers/db';
import { afterEach } from 'vitest';
import { demoExchange } from '../../../main/demo/seed-data';
import { attr, child, kids, readDocx, tagOf } from '../documents/docx-reader';
import { convertToPdf } from '../../helpers/libreoffice';

const TODAY = '2026-11-23';
const open: TestDb[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

function demo(): TestDb {
  const t = openTestDb(undefined, () => `${TODAY}T09:00:00+07:00`);
  open.push(t);
  t.services.exchange.import(demoExchange());
  return t;
}

async function report(t: TestDb, input: Record<string, unknown>): Promise<ReportFile> {
  const handlers = createHandlers(t.services, { version: '0-test', databasePath: t.file });
  const result = await dispatch(handlers, 'reports.conclusions', input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ReportFile;
}

interface DbTask {
  id: string;
  due_date: string | null;
  status: string;
  starts_at: string;
  chair: string | null;
}
/** The demo's tasks as the database holds them, in meeting order (what the report must show). */
function tasksInDb(t: TestDb): DbTask[] {
  return t.db
    .prepare(
      `SELECT c.id, c.due_date, coalesce(c.status, 'open') AS status, m.starts_at,
         (SELECT p.full_name FROM meeting_attendees a JOIN people p ON p.id = a.person_id
          WHERE a.meeting_id = m.id AND a.role = 'chair' ORDER BY a.seq LIMIT 1) AS chair FROM conclusions c
       JOIN meetings m ON m.id = c.meeting_id WHERE c.kind = 'task' ORDER BY m.starts_at, m.id, c.seq`,
    )
    .all() as DbTask[];
}
const statusLabels: Record<string, string> = {
  open: 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  cancelled: 'Không thực hiện (đã hủy)',
};
const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const counts = (tasks: DbTask[]) => ({
  total: tasks.length,
  done: tasks.filter((x) => x.status === 'done').length,
  overdue: tasks.filter((x) => ['open', 'in-progress'].includes(x.status) && x.due_date! < TODAY).length,
  cancelled: tasks.filter((x) => x.status === 'cancelled').length,
});

describe('báo cáo tình hình thực hiện kết luận as DOCX', () => {
  it('lays out BÁO CÁO with the figures, then a landscape appendix whose rows are the tasks', async () => {
    const t = demo();
    const file = await report(t, {
      format: 'docx',
      from: '2015-01-01',
      to: '2021-12-31',
      issuerId: demoIds.vpub,
    });
    expect(file.fileName).toBe('Báo cáo thực hiện kết luận 01-01-2015 đến 31-12-2021.docx');
    const view = await readDocx(Buffer.from(file.dataBase64, 'base64'));
    const texts = view.paragraphs.map((p) => p.text);
    const title = view.paragraphs.find((p) => p.text === 'BÁO CÁO');
    expect(title?.runs[0]).toMatchObject({ bold: true, font: 'Times New Roman' });
    expect(texts).toContain('Tình hình thực hiện các kết luận từ ngày 01/01/2015 đến ngày 31/12/2021');
    expect(texts).toContain('Số: …/BC-VPUB');
    expect(texts).toContain('Nghệ An, ngày 23 tháng 11 năm 2026');

    const expected = tasksInDb(t);
    const c = counts(expected);
    expect(
      texts.some((x) =>
        x.startsWith(`Tổng số nhiệm vụ được giao: ${c.total}; trong đó: đã hoàn thành ${c.done}`),
      ),
    ).toBe(true);

    // Two sections: portrait A4 for the text, landscape A4 for the appendix.
    const sections = [
      ...kids(view.body).flatMap((n) => (tagOf(n) === 'w:p' ? [child(child(n, 'w:pPr'), 'w:sectPr')] : [])),
      view.sectPr,
    ].filter(Boolean);
    const sizes = sections.map((s) => child(s, 'w:pgSz'));
    expect(sizes.map((s) => [attr(s, 'w:w'), attr(s, 'w:h'), attr(s, 'w:orient') ?? 'portrait'])).toEqual([
      ['11906', '16838', 'portrait'],
      ['16838', '11906', 'landscape'],
    ]);
    // The appendix's pages are numbered on their own (NĐ 30, Phụ lục I, III.1.đ): from 1 again, its
    // first page without the number; the report's own pages from 1 with page 1 unnumbered.
    expect(
      sections.map((s) => [child(s, 'w:titlePg') !== undefined, attr(child(s, 'w:pgNumType'), 'w:start')]),
    ).toEqual([
      [true, undefined],
      [true, '1'],
    ]);

    // The appendix table: the header row repeats; a bold row per meeting; one row per task; the totals.
    const table = view.tables.at(-1)!;
    const rows = kids(table).filter((n) => tagOf(n) === 'w:tr');
    expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
    const tableIndex = view.tables.length - 1;
    const cellsOf = (r: number) =>
      view.paragraphs
        .filter((p) => p.cell?.table === tableIndex && p.cell.row === r)
        .reduce<string[]>((out, p) => {
          out[p.cell!.cell] = out[p.cell!.cell] ? `${out[p.cell!.cell]}\n${p.text}` : p.text;
          return out;
        }, []);
    expect(cellsOf(0)).toEqual(['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Kết quả', 'Ghi chú']);
    const taskRows = rows.map((_, r) => cellsOf(r)).filter((cells) => /^\d+$/.test(cells[0] ?? ''));
    expect(taskRows.map((cells) => cells[0])).toEqual(expected.map((_, i) => String(i + 1)));
    expect(taskRows.map((cells) => cells[4])).toEqual(
      expected.map((x) => (x.due_date ? dmy(x.due_date) : '')),
    );
    const meetingRows = rows.map((_, r) => cellsOf(r)).filter((cells) => /^[IVX]+$/.test(cells[0] ?? ''));
    expect(meetingRows).toHaveLength(new Set(expected.map((x) => x.starts_at)).size);
    expect(cellsOf(rows.length - 1)[1]).toBe(
      `Tổng số: ${c.total} nhiệm vụ; đã hoàn thành: ${c.done}; đang thực hiện trong hạn: ${c.total - c.done - c.overdue - c.cancelled}; quá hạn: ${c.overdue}; đã hủy: ${c.cancelled}.`,
    );
    // Each overdue task says by how much.
    const overdueRows = taskRows.filter((cells) => cells[6]?.startsWith('Quá hạn'));
    expect(overdueRows).toHaveLength(c.overdue);
  });

  it('keeps to one leader: only the meetings that leader chaired', async () => {
    const t = demo();
    const file = await report(t, {
      format: 'docx',
      from: '2015-01-01',
      to: '2026-12-31',
      chairId: demoIds.leDinhSon,
      issuerId: demoIds.vpub,
    });
    const view = await readDocx(Buffer.from(file.dataBase64, 'base64'));
    expect(view.paragraphs.map((p) => p.text)).toContain(
      'Tình hình thực hiện các kết luận của đồng chí Lê Đình Sơn từ ngày 01/01/2015 đến ngày 31/12/2026',
    );
    const chaired = t.services.tasks.list({ filter: 'all', chairId: demoIds.leDinhSon }).total;
    expect(chaired).toBeGreaterThan(0);
    expect(file.rows).toBe(chaired);
    expect(chaired).toBeLessThan(tasksInDb(t).length);
  });

  it('refuses a period that ends before it starts, and a report without an issuing body', async () => {
    const t = demo();
    const handlers = createHandlers(t.services, { version: '0-test', databasePath: t.file });
    await expect(
      dispatch(handlers, 'reports.conclusions', { format: 'docx', from: '2025-12-31', to: '2025-01-01' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'to' } });
    await expect(
      dispatch(handlers, 'reports.conclusions', { format: 'xlsx', from: '2025-02-30', to: '2025-03-01' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'from' } });
    await expect(
      dispatch(handlers, 'reports.conclusions', { format: 'docx', from: '2015-01-01', to: '2025-01-01' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'E_VALIDATION', path: 'issuerId' } });
  });
});

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe('báo cáo in LibreOffice', () => {
  // CI installs LibreOffice (.ci/run); elsewhere the test runs only where it is installed.
  it.runIf(hasLibreOffice || process.env.CI)(
    'opens as a PDF of portrait pages, then landscape ones for the appendix',
    async () => {
      const t = demo();
      const file = await report(t, {
        format: 'docx',
        from: '2015-01-01',
        to: '2021-12-31',
        issuerId: demoIds.vpub,
      });
      const dir = tempDir();
      const docx = path.join(dir, 'report.docx');
      fs.writeFileSync(docx, Buffer.from(file.dataBase64, 'base64'));
      convertToPdf(dir, [docx]);
      const pdf = fs.readFileSync(path.join(dir, 'report.pdf'), 'latin1');
      // A4 is 595 × 842 points: portrait first, then the landscape appendix pages.
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) =>
        Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait',
      );
      expect(boxes[0]).toBe('portrait');
      expect(boxes).toContain('landscape');
    },
    660_000,
  );
});

describe('báo cáo tình hình thực hiện kết luận as XLSX', () => {
  it('writes real cells: Vietnamese headers, dates as dates shown dd/mm/yyyy, a frozen header, totals', async () => {
    const t = demo();
    const file = await report(t, {
      format: 'xlsx',
      from: '2015-01-01',
      to: '2021-12-31',
      issuerId: demoIds.vpub,
    });
    expect(file.fileName.endsWith('.xlsx')).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Báo cáo');
    const header = 5;
    expect((sheet.getRow(header).values as unknown[]).slice(1, 8)).toEqual([
      'STT',
      'Nội dung',
      'Chủ trì',
      'Phối hợp',
      'Thời hạn',
      'Kết quả',
      'Ghi chú',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.getColumn(2).width).toBeGreaterThan(40);

    const expected = tasksInDb(t);
    expected.forEach((task, i) => {
      const row = sheet.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      const due = row.getCell(5);
      if (task.due_date) {
        expect(due.value).toBeInstanceOf(Date);
        expect((due.value as Date).toISOString().slice(0, 10)).toBe(task.due_date);
        expect(due.numFmt).toBe('dd/mm/yyyy');
      } else expect(due.value).toBeNull();
      expect((row.getCell(10).value as Date).toISOString().slice(0, 10)).toBe(task.starts_at.slice(0, 10));
      // Text cells are text: the task's wording, and its status in words.
      expect(row.getCell(2).value).toEqual(expect.stringMatching(/\p{L}/u));
      expect(row.getCell(8).value).toBe(statusLabels[task.status]);
      expect(row.getCell(11).value).toBe(task.chair);
    });
    // Nothing after the last task until the totals, whose formulas carry the values.
    const end = header + expected.length;
    expect(sheet.getRow(end + 1).getCell(1).value ?? null).toBeNull();
    const c = counts(expected);
    // exceljs reads a cached 0 back as no result; the file itself holds every value (checked below).
    const total = (label: string) => {
      for (let r = end + 1; r <= sheet.rowCount; r++)
        if (sheet.getRow(r).getCell(2).value === label) {
          const { formula, result } = sheet.getRow(r).getCell(3).value as {
            formula: string;
            result?: number;
          };
          return { formula, result: result ?? 0 };
        }
      throw new Error(`no row ${label}`);
    };
    expect(total('Tổng số nhiệm vụ')).toEqual({ formula: `COUNT(A${header + 1}:A${end})`, result: c.total });
    expect(total('Đã hoàn thành')).toMatchObject({ result: c.done });
    expect(total('Quá hạn chưa hoàn thành')).toMatchObject({ result: c.overdue });
    expect(total('Đang thực hiện trong hạn')).toMatchObject({
      result: c.total - c.done - c.overdue - c.cancelled,
    });
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml.match(/<f>[^<]+<\/f><v>\d+<\/v>/g)).toHaveLength(5);
  });
});
