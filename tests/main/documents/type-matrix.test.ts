// Every document type × family (state, Party) × single or joint issuer (main/documents/type-matrix.ts),
// exported and read back from word/document.xml: the header's upper line, the chain of each signature
// block, one block per issuing body, the công văn's "V/v" and "Kính gửi", ô 13, the appendices, and a
// number from each type's own series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../main/documents';
import { documentTypeFacts } from '../../../main/documents/document-types';
import { loadTypeMatrix, matrixIds, type MatrixCase } from '../../../main/documents/type-matrix';
import type { Services } from '../../../main/services';
import { chainOf, authorityText } from '../../../shared/signers';
import { openTestDb, type TestDb } from '../../helpers/db';
import { readDocx, runsOf, type DocxView, type Para } from './docx-reader';

let t: TestDb;
let s: Services;
let cases: { c: MatrixCase; view: DocxView; xml: string }[];

beforeAll(async () => {
  // One database for the whole file: the cases are built once and only read afterwards.
  t = openTestDb();
  s = t.services;
  cases = [];
  for (const c of loadTypeMatrix(s)) {
    const view = await readDocx(await exportDocx(s.ctx, c.documentId));
    cases.push({ c, view, xml: await view.part('word/document.xml') });
  }
}, 120_000);
afterAll(() => t.close());

const flat = (text: string) => text.replace(/\u00a0/g, ' ');
const inCell = (v: DocxView, table: number, row: number, cell: number) =>
  v.paragraphs.filter((p) => p.cell?.table === table && p.cell.row === row && p.cell.cell === cell);
const texts = (ps: Para[]) => ps.map((p) => flat(p.text)).filter((t) => t.trim());
const bold = (p: Para) => runsOf(p).every((r) => r.bold);
const sizes = (p: Para) => [...new Set(runsOf(p).map((r) => r.size))];

/** The header's left block as printed (text, bold), the drawn line and the `*` left out. */
function leftBlock(v: DocxView) {
  return inCell(v, 0, 0, 0)
    .filter((p) => p.text.trim() && p.text !== '*')
    .map((p) => ({ text: flat(p.text), bold: bold(p) }));
}

const expectedLeft: Record<'state' | 'party', Record<'single' | 'joint', (c: MatrixCase) => unknown>> = {
  state: {
    single: (c) =>
      c.type === 'official-letter' || c.type === 'report' || c.type === 'plan'
        ? // UBND huyện: headerParentLine null, no upper line whatever its parent.
          [
            { text: 'ỦY BAN NHÂN DÂN', bold: true },
            { text: 'HUYỆN ĐÔ LƯƠNG', bold: true },
          ]
        : [
            // A Sở, a Ban Chỉ đạo: the upper line from the parent, abbreviated, not bold.
            { text: 'UBND TỈNH NGHỆ AN', bold: false },
            {
              text: c.type === 'conclusion-notice' ? 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ' : 'SỞ NỘI VỤ',
              bold: true,
            },
          ],
    // Two bodies of one district: their names, then the place once (format spec §1.6).
    joint: () => [
      { text: 'ỦY BAN NHÂN DÂN', bold: true },
      { text: 'ỦY BAN MTTQ VIỆT NAM', bold: true },
      { text: 'HUYỆN ĐÔ LƯƠNG', bold: true },
    ],
  },
  party: {
    single: () => [
      { text: 'ĐẢNG BỘ TỈNH NGHỆ AN', bold: false },
      { text: 'HUYỆN ỦY ĐÔ LƯƠNG', bold: true },
    ],
    // The shared upper line once, above both committees.
    joint: () => [
      { text: 'ĐẢNG BỘ TỈNH NGHỆ AN', bold: false },
      { text: 'HUYỆN ỦY ĐÔ LƯƠNG', bold: true },
      { text: 'HUYỆN ỦY THANH CHƯƠNG', bold: true },
    ],
  },
};

const label = (c: MatrixCase) => `${c.type} ${c.family} ${c.joint ? 'joint' : 'single'}`;
const each = (check: (x: { c: MatrixCase; view: DocxView; xml: string }) => void) => () => {
  expect(cases).toHaveLength(28);
  for (const x of cases) check(x);
};

describe('every type × family × single/joint issuer', () => {
  it(
    'prints the upper line only where the rules give one, upright and not bold, above the bold names',
    each(({ c, view }) => {
      expect(leftBlock(view), label(c)).toEqual(expectedLeft[c.family][c.joint ? 'joint' : 'single'](c));
      const upper = inCell(view, 0, 0, 0)[0]!;
      if (!bold(upper)) expect(sizes(upper), label(c)).toEqual([c.family === 'state' ? 12 : 14]);
      const star = inCell(view, 0, 0, 0).some((p) => p.text === '*');
      expect(star, label(c)).toBe(c.family === 'party');
    }),
  );

  it(
    'numbers each type in its own series of the lead issuer, in the family’s form',
    each(({ c, view }) => {
      // Cases run in order; the lead body's earlier documents of the same type come before.
      const doc = s.documents.get(c.documentId);
      const earlier = cases.filter(
        (x) =>
          x.c.type === c.type &&
          x.c.documentId < c.documentId &&
          s.documents.get(x.c.documentId).issuerIds[0] === doc.issuerIds[0],
      ).length;
      expect(doc.number, label(c)).toBe(earlier + 1);
      const n = String(doc.number).padStart(2, '0');
      const number = c.family === 'state' ? `Số: ${n}/${doc.symbol}` : `Số ${n}-${doc.symbol}`;
      expect(texts(inCell(view, 0, 1, 0))[0], label(c)).toBe(number);
      if (c.type === 'official-letter' && c.family === 'state' && !c.joint)
        expect(doc.symbol).toBe('UBND-VX');
    }),
  );

  it(
    'writes the type name and trích yếu centred and bold, or for a công văn the V/v line under the number',
    each(({ c, view }) => {
      const summary = s.documents.get(c.documentId).summary;
      const name = documentTypeFacts[c.type].typeName;
      if (name) {
        const title = view.paragraphs.find((p) => p.text === name && !p.cell)!;
        expect(title, label(c)).toBeDefined();
        expect([title.align, bold(title)]).toEqual(['center', true]);
        return;
      }
      expect(
        view.paragraphs.some((p) => p.text === 'CÔNG VĂN'),
        label(c),
      ).toBe(false);
      const [number, vv] = inCell(view, 0, 1, 0);
      expect(number!.text).toMatch(/^Số/);
      expect(flat(vv!.text), label(c)).toBe(summary);
      expect(vv!.align).toBe('center');
      expect(runsOf(vv!).map((r) => [r.size, r.bold, r.italic])).toEqual([[12, false, false]]);
      expect(vv!.before).toBe(120);
    }),
  );

  it(
    'puts Kính gửi after the title and before the body: one recipient on its line, several one a line',
    each(({ c, view }) => {
      const addressees = s.documents.get(c.documentId).addressees ?? [];
      const at = view.paragraphs.findIndex((p) => p.text.startsWith('Kính gửi:'));
      if (addressees.length === 0) return expect(at, label(c)).toBe(-1);
      const heading = view.paragraphs.findIndex((p) => p.text.includes('MỤC ĐÍCH, YÊU CẦU'));
      const header = view.paragraphs.findIndex((p) => p.text.startsWith('Số'));
      expect(at, label(c)).toBeGreaterThan(header);
      expect(at, label(c)).toBeLessThan(heading);
      const kg = view.paragraphs[at]!;
      expect(runsOf(kg).every((r) => r.size === 14 && !r.italic)).toBe(true);
      if (addressees.length === 1) {
        expect(kg.text, label(c)).toBe(`Kính gửi: ${addressees[0]!.replace(/[.;]$/, '')}.`);
        return;
      }
      expect(kg.text).toBe('Kính gửi:');
      const list = inCell(view, kg.cell!.table, 0, 1).map((p) => p.text);
      expect(list, label(c)).toEqual([
        '- Phòng Y tế huyện;',
        '- Trung tâm Y tế huyện;',
        '- Ủy ban nhân dân các xã, thị trấn.',
      ]);
    }),
  );

  it(
    'prints one block per issuing body, each with its chain top-down in capitals, then position and name',
    each(({ c, view }) => {
      const doc = s.documents.get(c.documentId);
      const signers = doc.signers ?? [];
      expect(signers.length, label(c)).toBe(c.joint || c.type === 'minutes' ? 2 : 1);
      if (c.joint) expect(new Set(signers.map((x) => x.organizationId))).toEqual(new Set(doc.issuerIds));
      const position = view.paragraphs.find((p) => flat(p.text) === signers[0]!.position)!;
      const table = position.cell!.table;
      signers.forEach((signer, i) => {
        const column = signers.length === 1 ? 1 : i;
        const lines = texts(inCell(view, table, 0, column));
        const chain = chainOf(signer).map((link) => authorityText(c.family, link));
        const name = s.people.get(signer.personId!).fullName;
        expect(lines, label(c)).toEqual([...chain, signer.position, name]);
        for (const p of inCell(view, table, 0, column).filter((x) => chain.includes(flat(x.text))))
          expect([bold(p), p.text === p.text.toLocaleUpperCase('vi')]).toEqual([true, true]);
      });
      if (c.type === 'official-letter' && c.family === 'state' && !c.joint)
        expect(texts(inCell(view, table, 0, 1)).slice(0, 3)).toEqual([
          'TM. ỦY BAN NHÂN DÂN',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
        ]);
      if (c.family === 'party' && !c.joint && c.type !== 'minutes')
        expect(texts(inCell(view, table, 0, 1)).slice(0, 2)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
    }),
  );

  it(
    'keeps the positions and names of blocks side by side level, whatever the length of each chain',
    each(({ c, view }) => {
      const signers = s.documents.get(c.documentId).signers ?? [];
      if (signers.length < 2) return;
      const position = view.paragraphs.find((p) => flat(p.text) === signers[0]!.position)!;
      const rows = signers.map((_x, i) =>
        inCell(view, position.cell!.table, 0, i).map((p) => flat(p.text).split('\n').length),
      );
      const indexOf = (i: number, text: string) =>
        inCell(view, position.cell!.table, 0, i).findIndex((p) => flat(p.text) === text);
      const positions = signers.map((x, i) => indexOf(i, x.position));
      expect(new Set(positions).size, label(c)).toBe(1);
      expect(new Set(rows.map((r) => r.length)).size, label(c)).toBe(1);
    }),
  );

  it(
    'prints ô 13 (the drafter and copies) at the left under Nơi nhận, 11 pt',
    each(({ c, view }) => {
      const drafter = view.paragraphs.find((p) => p.text === 'VX.05')!;
      expect(drafter, label(c)).toBeDefined();
      expect(drafter.cell?.cell).toBe(0);
      expect(drafter.align).toBe('left');
      expect(sizes(drafter)).toEqual([11]);
      const cell = view.paragraphs.filter(
        (p) => p.cell?.table === drafter.cell!.table && p.cell.row === drafter.cell!.row && p.cell.cell === 0,
      );
      if (c.type !== 'minutes' || c.joint) expect(cell.at(-1)).toBe(drafter);
      const recipients = cell.filter((p) => p.text.startsWith('- '));
      if (recipients.length) expect(cell.indexOf(drafter)).toBeGreaterThan(cell.indexOf(recipients.at(-1)!));
    }),
  );

  it(
    'prints the appendices after the signature, each in its own section numbered from 1, landscape when asked',
    each(({ c, view, xml }) => {
      const doc = s.documents.get(c.documentId);
      const appendices = doc.appendices ?? [];
      const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
      expect(sections.length, label(c)).toBe(appendices.length + 1);
      const signature = view.paragraphs.findIndex((p) => p.text === 'VX.05');
      appendices.forEach((appendix, i) => {
        const heading = appendices.length > 1 ? `Phụ lục ${['I', 'II', 'III'][i]}` : 'Phụ lục';
        const at = view.paragraphs.findIndex((p) => p.text === heading);
        expect(at, `${label(c)} ${heading}`).toBeGreaterThan(signature);
        const [, title, reference] = view.paragraphs.slice(at, at + 3);
        expect(title!.text).toBe(appendix.title.toLocaleUpperCase('vi'));
        expect(bold(title!)).toBe(true);
        const n = String(doc.number).padStart(2, '0');
        const cited = c.family === 'state' ? `${n}/${doc.symbol}` : `${n}-${doc.symbol}`;
        const issuers = doc.issuerIds.map((id) => s.organizations.get(id).name).join(' và ');
        expect(reference!.text).toBe(
          `(Kèm theo ${documentTypeFacts[c.type].inText} số ${cited} ngày 05 tháng 01 năm 2027 của ${issuers})`,
        );
        expect(runsOf(reference!).every((r) => r.italic)).toBe(true);
        const section = sections[i + 1]!;
        expect(section).toMatch(/<w:pgNumType w:start="1"\/>/);
        expect(section.includes('w:orient="landscape"'), `${label(c)} ${heading}`).toBe(
          appendix.landscape === true,
        );
        if (appendix.landscape) expect(section).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
      });
    }),
  );

  it('uses the bodies the matrix names (a Sở, UBND huyện, Ban Chỉ đạo, Mặt trận, two Huyện ủy)', () => {
    expect(Object.keys(matrixIds)).toHaveLength(8);
    expect(s.organizations.get(matrixIds.ubndDL).headerParentLine).toBeNull();
  });
});
