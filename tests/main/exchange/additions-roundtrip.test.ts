// The exchange format additions of 2026-11-27 (upper header line, signer chains, the new document types,
// Kính gửi, ô 13, appendices) survive import → export → import unchanged, compared field by field the way
// ../shared/tools/roundtrip.py compares files: every field that went in comes out with the same value.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { readFixture, trackTestDbs } from '../../helpers/db';

const { fresh } = trackTestDbs();
const ajv = new Ajv2020({ allErrors: false, strict: false });
const validateContract = ajv.compile(readFixture('exchange-format.schema.json') as object);

type Rec = Record<string, unknown> & { id: string };
type File = Record<string, unknown> & { organizations: Rec[]; documents: Rec[] };
const fixture = () => readFixture('exchange-2026-additions.json') as File;
const collections = ['organizations', 'people', 'meetings', 'programmes', 'documents'] as const;

/** roundtrip.py's `same`: what went in comes out with the same value; an object may gain fields (the
 * exporter writes a one-line chain in the original fields too), an array keeps its length and order. */
function carries(incoming: unknown, exported: unknown): boolean {
  if (Array.isArray(incoming))
    return (
      Array.isArray(exported) &&
      exported.length === incoming.length &&
      incoming.every((v, i) => carries(v, exported[i]))
    );
  if (incoming !== null && typeof incoming === 'object') {
    if (exported === null || typeof exported !== 'object') return false;
    const out = exported as Record<string, unknown>;
    return Object.entries(incoming).every(([k, v]) => k === 'updatedAt' || carries(v, out[k]));
  }
  return incoming === exported;
}

/** Every field of every incoming record, with the value the exported record holds for it. */
function differences(incoming: File, exported: File): string[] {
  const out: string[] = [];
  for (const collection of collections) {
    const got = new Map(((exported[collection] as Rec[] | undefined) ?? []).map((r) => [r.id, r]));
    for (const record of (incoming[collection] as Rec[] | undefined) ?? []) {
      const match = got.get(record.id);
      if (!match) {
        out.push(`missing ${collection} ${record.id}`);
        continue;
      }
      for (const [key, value] of Object.entries(record)) {
        if (key === 'updatedAt') continue;
        if (!Object.hasOwn(match, key)) out.push(`${collection} ${record.id}.${key} absent`);
        else if (!carries(value, match[key])) out.push(`${collection} ${record.id}.${key} differs`);
      }
    }
  }
  return out;
}

const exported = (t: ReturnType<typeof fresh>): File =>
  JSON.parse(JSON.stringify(t.services.exchange.exportAll())) as File;

describe('exchange additions of 2026-11-27', () => {
  it('keeps every new field of the fixture through import → export → import → export', () => {
    const input = fixture();
    expect(validateContract(input), JSON.stringify(validateContract.errors)).toBe(true);
    const first = fresh();
    const report = first.services.exchange.import(input);
    expect(report.added).toMatchObject({ organizations: 8, people: 4, documents: 5 });
    const once = exported(first);
    expect(differences(input, once)).toEqual([]);
    expect(validateContract(once), JSON.stringify(validateContract.errors)).toBe(true);

    const second = fresh();
    second.services.exchange.import(JSON.parse(JSON.stringify(once)));
    const twice = exported(second);
    expect(differences(input, twice)).toEqual([]);
    const { exportedAt: _a, ...a } = once;
    const { exportedAt: _b, ...b } = twice;
    expect(b).toEqual(a);
  });

  it('keeps the three states of headerParentLine apart: absent, null and a text', () => {
    const t = fresh();
    t.services.exchange.import(fixture());
    const orgs = new Map(exported(t).organizations.map((o) => [o.name, o]));
    const snv = orgs.get('Sở Nội vụ tỉnh Nghệ An')!;
    expect(Object.hasOwn(snv, 'headerParentLine')).toBe(false);
    expect(orgs.get('Ủy ban nhân dân huyện Đô Lương')).toMatchObject({ headerParentLine: null });
    expect(orgs.get('Huyện ủy Đô Lương')).toMatchObject({ headerParentLine: 'ĐẢNG BỘ TỈNH NGHỆ AN' });
    // What the database holds, column by column: NULL = from the parent, '' = none, the text as given.
    const rows = t.db
      .prepare('SELECT name, header_parent_line AS line FROM organizations ORDER BY name')
      .all() as { name: string; line: string | null }[];
    expect(rows.find((r) => r.name === 'Sở Nội vụ tỉnh Nghệ An')?.line).toBeNull();
    expect(rows.find((r) => r.name === 'Ủy ban nhân dân huyện Đô Lương')?.line).toBe('');
  });

  it('stores the signer chain, Kính gửi, ô 13 and appendices as rows of the database', () => {
    const t = fresh();
    t.services.exchange.import(fixture());
    const letter = fixture().documents.find((d) => d.type === 'official-letter')!;
    const chain = t.db.prepare('SELECT chain FROM document_signers WHERE document_id = ?').get(letter.id) as {
      chain: string;
    };
    expect(JSON.parse(chain.chain)).toEqual([
      { authority: 'TM', body: 'ỦY BAN NHÂN DÂN' },
      { authority: 'KT', body: 'CHỦ TỊCH' },
    ]);
    const addressees = t.db
      .prepare('SELECT line FROM document_addressees WHERE document_id = ? ORDER BY seq')
      .all(letter.id);
    expect(addressees).toEqual([
      { line: 'Phòng Y tế huyện;' },
      { line: 'Trung tâm Y tế huyện;' },
      { line: 'UBND các xã, thị trấn.' },
    ]);
    const report = fixture().documents.find((d) => d.type === 'report')!;
    const appendices = t.db
      .prepare('SELECT title, landscape FROM document_appendices WHERE document_id = ? ORDER BY seq')
      .all(report.id);
    expect(appendices).toEqual([
      { title: 'Tình hình thực hiện các nhiệm vụ', landscape: 1 },
      { title: 'Danh mục văn bản đã ban hành', landscape: 0 },
    ]);
    expect(t.services.documents.get(report.id).drafter).toBe('VP.03');
  });

  it('refuses a chain of four authority lines, naming the path, and writes nothing', () => {
    const t = fresh();
    const bad = fixture();
    const doc = bad.documents[1] as unknown as { signers: { chain: unknown[] }[] };
    doc.signers[0]!.chain = Array.from({ length: 4 }, () => ({ authority: 'KT', body: 'CHỦ TỊCH' }));
    expect(() => t.services.exchange.import(bad)).toThrow(/documents\[1\]\.signers\[0\]\.chain/);
    expect(t.services.documents.list().total).toBe(0);
    expect(t.services.organizations.list()).toEqual([]);
  });

  it('reads a file without the additions exactly as before (no empty fields appear)', () => {
    const t = fresh();
    t.services.exchange.import(readFixture('exchange-2019-programme.json'));
    const doc = exported(t).documents[0]!;
    for (const key of ['addressees', 'drafter', 'appendices']) expect(Object.hasOwn(doc, key)).toBe(false);
    const signers = doc.signers as Rec[];
    for (const s of signers) expect(Object.hasOwn(s, 'chain')).toBe(false);
  });

  it('also writes a one-line chain in the original authority fields, so an older reader prints the same block', () => {
    const t = fresh();
    t.services.exchange.import(fixture());
    const signers = new Map(
      exported(t).documents.map((d) => [d.type, (d.signers as Record<string, unknown>[])[0]!]),
    );
    // KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC: one line, said both ways.
    expect(signers.get('invitation')).toMatchObject({
      authority: 'KT',
      authorityBody: 'GIÁM ĐỐC',
      chain: [{ authority: 'KT', body: 'GIÁM ĐỐC' }],
    });
    // TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH has no equivalent in the old fields: the chain alone.
    const letter = signers.get('official-letter')!;
    expect(letter.chain).toHaveLength(2);
    expect(Object.hasOwn(letter, 'authority')).toBe(false);
    // A signer given in the old fields stays as it came, with no chain added.
    const notice = signers.get('conclusion-notice')!;
    expect(notice).toMatchObject({ authority: 'TM', authorityBody: 'BAN CHỈ ĐẠO' });
    expect(Object.hasOwn(notice, 'chain')).toBe(false);
  });
});
