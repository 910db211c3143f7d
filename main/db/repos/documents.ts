import type { DocumentListQuery, DocumentSummary, Page, Stored } from '../../../shared/domain';
import { documentListQuerySchema } from '../../../shared/domain';
import type { OfficialDocument, Signer } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import type { Db } from '../types';
import { fromJson, opt, toJson } from './rows';

interface DocumentRow {
  id: string;
  type: OfficialDocument['type'];
  number: number | null;
  symbol: string | null;
  issued_on: string | null;
  place: string | null;
  summary: string;
  body: string;
  meeting_id: string | null;
  programme_id: string | null;
  status: OfficialDocument['status'];
  urgency: OfficialDocument['urgency'] | null;
  confidentiality: OfficialDocument['confidentiality'] | null;
  updated_at: string;
}

interface SignerRow {
  organization_id: string | null;
  authority: Signer['authority'] | null;
  authority_body: string | null;
  signer_position: string;
  person_id: string | null;
}

export function createDocumentRepo(db: Db) {
  const s = {
    upsert: db.prepare(`
      INSERT INTO documents (id, type, number, symbol, issued_on, place, summary, body, meeting_id, programme_id,
        status, urgency, confidentiality, updated_at)
      VALUES (@id, @type, @number, @symbol, @issuedOn, @place, @summary, @body, @meetingId, @programmeId,
        @status, @urgency, @confidentiality, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, number = excluded.number, symbol = excluded.symbol,
        issued_on = excluded.issued_on, place = excluded.place, summary = excluded.summary, body = excluded.body,
        meeting_id = excluded.meeting_id, programme_id = excluded.programme_id, status = excluded.status,
        urgency = excluded.urgency, confidentiality = excluded.confidentiality, updated_at = excluded.updated_at`),
    clearIssuers: db.prepare('DELETE FROM document_issuers WHERE document_id = ?'),
    clearSigners: db.prepare('DELETE FROM document_signers WHERE document_id = ?'),
    clearRecipients: db.prepare('DELETE FROM document_recipients WHERE document_id = ?'),
    insertIssuer: db.prepare(
      'INSERT INTO document_issuers (document_id, seq, organization_id) VALUES (?, ?, ?)',
    ),
    insertSigner: db.prepare(`INSERT INTO document_signers
      (document_id, seq, organization_id, authority, authority_body, signer_position, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertRecipient: db.prepare('INSERT INTO document_recipients (document_id, seq, line) VALUES (?, ?, ?)'),
    get: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    updatedAt: db.prepare<[string], { updated_at: string }>('SELECT updated_at FROM documents WHERE id = ?'),
    issuers: db.prepare<[string], { organization_id: string }>(
      'SELECT organization_id FROM document_issuers WHERE document_id = ? ORDER BY seq',
    ),
    signers: db.prepare<[string], SignerRow>(
      'SELECT * FROM document_signers WHERE document_id = ? ORDER BY seq',
    ),
    recipients: db.prepare<[string], { line: string }>(
      'SELECT line FROM document_recipients WHERE document_id = ? ORDER BY seq',
    ),
    allIds: db.prepare<[], { id: string }>(
      'SELECT id FROM documents ORDER BY coalesce(issued_on, updated_at), id',
    ),
    byMeeting: db.prepare<[string], { id: string }>(
      'SELECT id FROM documents WHERE meeting_id = ? ORDER BY id',
    ),
    touch: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM documents WHERE id = ?'),
  };

  return {
    /** Writes the document and replaces its issuers, signers and recipients. */
    upsert(doc: Stored<OfficialDocument>): void {
      s.upsert.run({
        id: doc.id,
        type: doc.type,
        number: doc.number ?? null,
        symbol: doc.symbol ?? null,
        issuedOn: doc.issuedOn ?? null,
        place: doc.place ?? null,
        summary: doc.summary,
        body: toJson(doc.body),
        meetingId: doc.meetingId ?? null,
        programmeId: doc.programmeId ?? null,
        status: doc.status,
        urgency: doc.urgency ?? null,
        confidentiality: doc.confidentiality ?? null,
        updatedAt: doc.updatedAt,
      });
      s.clearIssuers.run(doc.id);
      s.clearSigners.run(doc.id);
      s.clearRecipients.run(doc.id);
      doc.issuerIds.forEach((orgId, i) => s.insertIssuer.run(doc.id, i, orgId));
      (doc.signers ?? []).forEach((signer, i) =>
        s.insertSigner.run(
          doc.id,
          i,
          signer.organizationId ?? null,
          signer.authority ?? null,
          signer.authorityBody ?? null,
          signer.position,
          signer.personId ?? null,
        ),
      );
      (doc.recipients ?? []).forEach((line, i) => s.insertRecipient.run(doc.id, i, line));
    },
    get(id: string): Stored<OfficialDocument> | undefined {
      const row = s.get.get(id);
      if (!row) return undefined;
      return {
        id: row.id,
        updatedAt: row.updated_at,
        type: row.type,
        status: row.status,
        issuerIds: s.issuers.all(id).map((r) => r.organization_id),
        number: row.number,
        symbol: opt(row.symbol),
        issuedOn: row.issued_on,
        place: opt(row.place),
        summary: row.summary,
        body: fromJson<RichTextNode>(row.body),
        meetingId: row.meeting_id,
        programmeId: row.programme_id,
        signers: s.signers.all(id).map((r) => ({
          organizationId: r.organization_id,
          authority: opt(r.authority),
          authorityBody: opt(r.authority_body),
          position: r.signer_position,
          personId: r.person_id,
        })),
        recipients: s.recipients.all(id).map((r) => r.line),
        urgency: opt(row.urgency),
        confidentiality: opt(row.confidentiality),
      };
    },
    updatedAt(id: string): string | undefined {
      return s.updatedAt.get(id)?.updated_at;
    },
    allIds(): string[] {
      return s.allIds.all().map((r) => r.id);
    },
    idsForMeeting(meetingId: string): string[] {
      return s.byMeeting.all(meetingId).map((r) => r.id);
    },
    list(rawQuery: DocumentListQuery): Page<DocumentSummary> {
      const query = documentListQuerySchema.parse(rawQuery);
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.status) {
        where.push('d.status = ?');
        params.push(query.status);
      }
      if (query.type) {
        where.push('d.type = ?');
        params.push(query.type);
      }
      if (query.meetingId) {
        where.push('d.meeting_id = ?');
        params.push(query.meetingId);
      }
      if (query.year !== undefined) {
        where.push('substr(coalesce(d.issued_on, d.updated_at), 1, 4) = ?');
        params.push(String(query.year));
      }
      const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (
        db.prepare(`SELECT count(*) AS n FROM documents d ${whereSql}`).get(...params) as { n: number }
      ).n;
      const rows = db
        .prepare(
          `SELECT d.id, d.type, d.status, d.number, d.symbol, d.issued_on, d.summary, d.meeting_id, d.updated_at,
             (SELECT json_group_array(organization_id) FROM
               (SELECT organization_id FROM document_issuers WHERE document_id = d.id ORDER BY seq)) AS issuer_ids
           FROM documents d ${whereSql}
           ORDER BY coalesce(d.issued_on, substr(d.updated_at, 1, 10)) DESC, d.id LIMIT ? OFFSET ?`,
        )
        .all(...params, query.limit, query.offset) as (DocumentRow & { issuer_ids: string })[];
      return {
        total,
        offset: query.offset,
        items: rows.map((r) => ({
          id: r.id,
          type: r.type,
          status: r.status,
          number: r.number,
          symbol: r.symbol,
          issuedOn: r.issued_on,
          summary: r.summary,
          issuerIds: fromJson<string[]>(r.issuer_ids),
          meetingId: r.meeting_id,
          updatedAt: r.updated_at,
        })),
      };
    },
    /** Gives the record a new `updatedAt` and nothing else (a save whose content changed). */
    touch(id: string, updatedAt: string): void {
      s.touch.run(updatedAt, id);
    },
    delete(id: string): boolean {
      return s.delete.run(id).changes > 0;
    },
  };
}

export type DocumentRepo = ReturnType<typeof createDocumentRepo>;
