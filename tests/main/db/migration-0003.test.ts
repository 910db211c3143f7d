// Migration 0003 rebuilds the document tables (a CHECK on the type can change no other way): a database
// made by the previous version keeps every document, issuer, signer and recipient, and accepts the new types.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, closeDatabase, openDatabase } from '../../../main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations';
import { m0001Initial } from '../../../main/db/migrations/0001-initial';
import type { Db } from '../../../main/db/types';
import { createServices } from '../../../main/services';
import { tempDir } from '../../helpers/db';

const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach((db) => closeDatabase(db)));

const ids = {
  org: '0b7f1f1e-4a55-4d0c-9f0e-1c2d3e4f5a01',
  person: '0b7f1f1e-4a55-4d0c-9f0e-1c2d3e4f5a02',
  doc: '0b7f1f1e-4a55-4d0c-9f0e-1c2d3e4f5a03',
};

/** A version-1 database, written with foreign keys on as the app writes it. */
function versionOneFile(): string {
  const file = path.join(tempDir(), 'v1.sqlite');
  const raw = new Database(file);
  raw.pragma('foreign_keys = ON');
  raw.transaction(() => {
    m0001Initial.up(raw as Db);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('user_version = 1');
  })();
  const stamp = '2026-11-20T09:00:00+07:00';
  raw
    .prepare(
      `INSERT INTO organizations (id, name, name_folded, header_lines, parent_id, symbol, family, place, updated_at)
       VALUES (?, 'Văn phòng UBND tỉnh', 'van phong ubnd tinh', '["VĂN PHÒNG"]', NULL, 'VPUB', 'state', 'Nghệ An', ?)`,
    )
    .run(ids.org, stamp);
  raw
    .prepare(
      "INSERT INTO people (id, full_name, full_name_folded, updated_at) VALUES (?, 'Lê Đình Sơn', 'le dinh son', ?)",
    )
    .run(ids.person, stamp);
  raw
    .prepare(
      `INSERT INTO documents (id, type, number, symbol, issued_on, place, summary, body, status, updated_at)
       VALUES (?, 'conclusion-notice', 5, 'TB-VPUB', '2016-01-05', 'Nghệ An', 'Kết luận', '{"type":"doc"}', 'issued', ?)`,
    )
    .run(ids.doc, stamp);
  raw.prepare('INSERT INTO document_issuers VALUES (?, 0, ?)').run(ids.doc, ids.org);
  raw
    .prepare("INSERT INTO document_signers VALUES (?, 0, ?, 'TL', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', ?)")
    .run(ids.doc, ids.org, ids.person);
  raw.prepare("INSERT INTO document_recipients VALUES (?, 0, 'Lưu: VT.')").run(ids.doc);
  raw.close();
  return file;
}

describe('migration 0003 (documents v2)', () => {
  it('keeps every document with its issuers, signers and recipients, and accepts the new types', () => {
    const db = openDatabase(versionOneFile());
    opened.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const s = createServices(db);
    expect(s.documents.get(ids.doc)).toMatchObject({
      type: 'conclusion-notice',
      number: 5,
      status: 'issued',
      issuerIds: [ids.org],
      signers: [
        { authority: 'TL', authorityBody: 'CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG', personId: ids.person },
      ],
      recipients: ['Lưu: VT.'],
    });
    expect(Object.hasOwn(s.organizations.get(ids.org), 'headerParentLine')).toBe(false);
    const letter = s.documents.saveDraft({
      id: '0b7f1f1e-4a55-4d0c-9f0e-1c2d3e4f5a04',
      type: 'official-letter',
      issuerIds: [ids.org],
      summary: 'V/v báo cáo kết quả',
      body: { type: 'doc' },
      status: 'draft',
      addressees: ['Sở Nội vụ'],
    });
    expect(s.documents.get(letter.id)).toMatchObject({ type: 'official-letter', addressees: ['Sở Nội vụ'] });
    // The cascade still works on the rebuilt tables.
    s.documents.delete(letter.id);
    expect(db.prepare('SELECT count(*) AS n FROM document_addressees').get()).toEqual({ n: 0 });
  });

  it('creates the same schema on a migrated file as on a new one', () => {
    const migrated = openDatabase(versionOneFile());
    const created = openDatabase(path.join(tempDir(), 'new.sqlite'));
    opened.push(migrated, created);
    const schema = (db: Db) =>
      db
        .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .all();
    expect(schema(migrated)).toEqual(schema(created));
  });
});
