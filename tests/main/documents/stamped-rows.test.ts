// Rows stamped from a template row into a DOCX table and an XLSX sheet (the year's report writes its
// thousands of rows this way): read back with a DOCX parser and with exceljs, the text is exactly what
// was given — markup characters escaped, characters XML forbids dropped, Vietnamese in NFC.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelSerial, spliceSheetRows } from '../../../main/documents/sheet-rows';
import { rowStamper } from '../../../main/documents/stamped-rows';
import { readDocx } from './docx-reader';

const cell = (text: string, italic = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, italics: italic })] })] });

describe('rows stamped into a DOCX table', () => {
  it('writes each row from its kind of template, text escaped, one paragraph per line', async () => {
    const stamper = rowStamper();
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ children: [cell('Tiêu đề'), cell('Nội dung')] }),
                new TableRow({ children: [0, 1].map((i) => cell(stamper.marker('plain', i, 2))) }),
                new TableRow({ children: [0, 1].map((i) => cell(stamper.marker('late', i, 2), true)) }),
                new TableRow({ children: [cell('Tổng'), cell('3')] }),
              ],
            }),
          ],
        },
      ],
    });
    // Decomposed "ệ" (e + U+0323 + U+0302) must come out composed.
    const decomposed = 'Vie\u0323\u0302t Nam';
    const docx = stamper.splice(await Packer.toBuffer(doc), [
      { kind: 'plain', cells: ['1', 'Sở A & B <phối hợp> "x"\u0001'] },
      { kind: 'late', cells: ['2', 'Dòng một\nDòng hai'] },
      { kind: 'plain', cells: ['3', decomposed] },
    ]);
    const view = await readDocx(docx);
    const inTable = view.paragraphs.filter((p) => p.cell);
    expect(inTable.map((p) => [p.cell!.row, p.cell!.cell, p.text])).toEqual([
      [0, 0, 'Tiêu đề'],
      [0, 1, 'Nội dung'],
      [1, 0, '1'],
      [1, 1, 'Sở A & B <phối hợp> "x"'],
      [2, 0, '2'],
      [2, 1, 'Dòng một'],
      [2, 1, 'Dòng hai'],
      [3, 0, '3'],
      [3, 1, 'Việt Nam'],
      [4, 0, 'Tổng'],
      [4, 1, '3'],
    ]);
    // The row of the `late` kind keeps its template's look.
    expect(inTable.filter((p) => p.cell!.row === 2).every((p) => p.runs[0]?.italic)).toBe(true);
    expect(inTable.filter((p) => p.cell!.row === 1).every((p) => !p.runs[0]?.italic)).toBe(true);
  });

  it('refuses a package whose template row is missing', async () => {
    const stamper = rowStamper();
    stamper.marker('plain', 0, 1);
    const doc = new Document({ sections: [{ children: [new Paragraph('Không có bảng')] }] });
    const packed = await Packer.toBuffer(doc);
    expect(() => stamper.splice(packed, [])).toThrow(/template row plain is missing/);
  });
});

describe('rows stamped into an XLSX sheet', () => {
  it('writes text, numbers, dates and blanks with the template row styles, keeping the rows after', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Báo cáo');
    sheet.getRow(1).values = ['STT', 'Nội dung', 'Thời hạn'];
    const template = sheet.getRow(2);
    template.getCell(1).style = { alignment: { horizontal: 'center' } };
    template.getCell(2).style = { alignment: { wrapText: true } };
    template.getCell(3).style = { numFmt: 'dd/mm/yyyy' };
    sheet.getRow(6).getCell(2).value = 'Tổng số';
    sheet.getRow(6).getCell(3).value = { formula: 'COUNT(A2:A4)', result: 3 };
    const stored = await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    const xlsx = spliceSheetRows(new Uint8Array(stored as ArrayBuffer), 'xl/worksheets/sheet1.xml', 2, [
      [1, 'Sở A & B <phối hợp>\u0002', excelSerial('2025-03-05')],
      [2, 'Dòng một\nDòng hai', null],
      [3, '', excelSerial('2026-11-23')],
    ]);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(xlsx as unknown as ArrayBuffer);
    const read = back.worksheets[0]!;
    const row = (r: number) => [1, 2, 3].map((c) => read.getRow(r).getCell(c).value);
    expect(row(2)).toEqual([1, 'Sở A & B <phối hợp>', new Date('2025-03-05T00:00:00Z')]);
    expect(row(3)).toEqual([2, 'Dòng một\nDòng hai', null]);
    expect(row(4)).toEqual([3, null, new Date('2026-11-23T00:00:00Z')]);
    expect(read.getRow(4).getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(read.getRow(3).getCell(2).alignment).toMatchObject({ wrapText: true });
    expect(read.getRow(6).getCell(2).value).toBe('Tổng số');
    expect(read.getRow(6).getCell(3).value).toMatchObject({ formula: 'COUNT(A2:A4)', result: 3 });
  });
});
