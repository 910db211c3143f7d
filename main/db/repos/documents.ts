import type { DocumentListQuery, DocumentSummary, Page, Stored } from '../../../shared/domain';
import { documentListQuerySchema } from '../../../shared/domain';
import type { Appendix, OfficialDocument, Signer, SignerChainLink } from '../../../shared/exchange';
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
  drafter: string | null;
  updated_at: string;
}

interface SignerRow {
  organization_id: string | null;
  authority: Signer['authority'] | null;
  authority_body: string | null;
  signer_position: string;
  person_id: string | null;
  chain: string | null;
}

interface AppendixRow {
  title: string;
  body: string;
  landscape: 0 | 1;
}

/**
 * The fields of the 2026-11-27 additions, present only when they hold something, so a document that never
 * had them reads (and exports) exactly as before. `landscape` is written only when true, as it was given.
 */
function optionalParts(
  row: DocumentRow,
  addressees: { line: string }[],
  appendices: AppendixRow[],
): Pick<OfficialDocument, 'addressees' | 'drafter' | 'appendices'> {
  return {
    ...(addressees.length ? { addressees: addressees.map((r) => r.line) } : {}),
    ...(row.drafter === null ? {} : { drafter: row.drafter }),
    ...(appendices.length
      ? {
          appendices: appendices.map((a): Appendix => ({
            title: a.title,
            body: fromJson<RichTextNode>(a.body),
            ...(a.landscape ? { landscape: true } : {}),
          })),
        }
      : {}),
  };
}

type SummaryRow = DocumentRow & { issuer_ids: string };

const summaryOf = (r: DocumentRow, issuerIds: string[]): DocumentSummary => ({
  id: r.id,
  type: r.type,
  status: r.status,
  number: r.number,
  symbol: r.symbol,
  printedNumber: null, // the service resolves it (the symbol may come from the issuers)
  issuedOn: r.issued_on,
  summary: r.summary,
  issuerIds,
  meetingId: r.meeting_id,
  updatedAt: r.updated_at,
});

export function createDocumentRepo(db: Db) {
  const s = {
    upsert: db.prepare(`
      INSERT INTO documents (id, type, number, symbol, issued_on, place, summary, body, meeting_id, programme_id,
        status, urgency, confidentiality, drafter, updated_at)
      VALUES (@id, @type, @number, @symbol, @issuedOn, @place, @summary, @body, @meetingId, @programmeId,
        @status, @urgency, @confidentiality, @drafter, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, number = excluded.number, symbol = excluded.symbol,
        issued_on = excluded.issued_on, place = excluded.place, summary = excluded.summary, body = excluded.body,
        meeting_id = excluded.meeting_id, programme_id = excluded.programme_id, status = excluded.status,
        urgency = excluded.urgency, confidentiality = excluded.confidentiality, drafter = excluded.drafter,
        updated_at = excluded.updated_at`),
    clearIssuers: db.prepare('DELETE FROM document_issuers WHERE document_id = ?'),
    clearSigners: db.prepare('DELETE FROM document_signers WHERE document_id = ?'),
    clearRecipients: db.prepare('DELETE FROM document_recipients WHERE document_id = ?'),
    clearAddressees: db.prepare('DELETE FROM document_addressees WHERE document_id = ?'),
    clearAppendices: db.prepare('DELETE FROM document_appendices WHERE document_id = ?'),
    insertIssuer: db.prepare(
      'INSERT INTO document_issuers (document_id, seq, organization_id) VALUES (?, ?, ?)',
    ),
    insertSigner: db.prepare(`INSERT INTO document_signers
      (document_id, seq, organization_id, authority, authority_body, signer_position, person_id, chain)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertRecipient: db.prepare('INSERT INTO document_recipients (document_id, seq, line) VALUES (?, ?, ?)'),
    insertAddressee: db.prepare('INSERT INTO document_addressees (document_id, seq, line) VALUES (?, ?, ?)'),
    insertAppendix: db.prepare(
      'INSERT INTO document_appendices (document_id, seq, title, body, landscape) VALUES (?, ?, ?, ?, ?)',
    ),
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
    addressees: db.prepare<[string], { line: string }>(
      'SELECT line FROM document_addressees WHERE document_id = ? ORDER BY seq',
    ),
    appendices: db.prepare<[string], AppendixRow>(
      'SELECT title, body, landscape FROM document_appendices WHERE document_id = ? ORDER BY seq',
    ),
    allIds: db.prepare<[], { id: string }>(
      'SELECT id FROM documents ORDER BY coalesce(issued_on, updated_at), id',
    ),
    allIssuers: db.prepare(
      'SELECT document_id, organization_id FROM document_issuers ORDER BY document_id, seq',
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
        drafter: doc.drafter ?? null,
        updatedAt: doc.updatedAt,
      });
      s.clearIssuers.run(doc.id);
      s.clearSigners.run(doc.id);
      s.clearRecipients.run(doc.id);
      s.clearAddressees.run(doc.id);
      s.clearAppendices.run(doc.id);
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
          signer.chain === undefined ? null : toJson(signer.chain),
        ),
      );
      (doc.recipients ?? []).forEach((line, i) => s.insertRecipient.run(doc.id, i, line));
      (doc.addressees ?? []).forEach((line, i) => s.insertAddressee.run(doc.id, i, line));
      (doc.appendices ?? []).forEach((a, i) =>
        s.insertAppendix.run(doc.id, i, a.title, toJson(a.body), a.landscape ? 1 : 0),
      );
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
          ...(r.chain === null ? {} : { chain: fromJson<SignerChainLink[]>(r.chain) }),
        })),
        recipients: s.recipients.all(id).map((r) => r.line),
        urgency: opt(row.urgency),
        confidentiality: opt(row.confidentiality),
        ...optionalParts(row, s.addressees.all(id), s.appendices.all(id)),
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
    /**
     * A page of the list, filtered and sorted in SQL. With `keep` (a text search the service matches on
     * the printed number and the folded summary), every row the filters let through is read in order and
     * the page is cut from those kept.
     */
    list(rawQuery: DocumentListQuery, keep?: (row: DocumentSummary) => boolean): Page<DocumentSummary> {
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
      if (query.issuerId) {
        // IN, not a correlated EXISTS: SQLite would walk the body's whole index once per document.
        where.push('d.id IN (SELECT document_id FROM document_issuers WHERE organization_id = ?)');
        params.push(query.issuerId);
      }
      if (query.year !== undefined) {
        where.push('substr(coalesce(d.issued_on, d.updated_at), 1, 4) = ?');
        params.push(String(query.year));
      }
      const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const dir = query.order === 'asc' ? 'ASC' : 'DESC';
      const day = 'coalesce(d.issued_on, substr(d.updated_at, 1, 10))';
      const orderSql =
        query.sort === 'number'
          ? `d.number IS NULL, d.number ${dir}, ${day} ${dir}, d.id`
          : `${day} ${dir}, d.number ${dir}, d.id`;
      const columns =
        'd.id, d.type, d.status, d.number, d.symbol, d.issued_on, d.summary, d.meeting_id, d.updated_at';
      const from = `FROM documents d ${whereSql} ORDER BY ${orderSql}`;
      if (keep) {
        // Every row is read: the issuers come from one pass over their table, not a subquery per row.
        const issuersOf = new Map<string, string[]>();
        for (const r of s.allIssuers.iterate() as Iterable<{
          document_id: string;
          organization_id: string;
        }>) {
          const list = issuersOf.get(r.document_id);
          if (list) list.push(r.organization_id);
          else issuersOf.set(r.document_id, [r.organization_id]);
        }
        const items: DocumentSummary[] = [];
        let total = 0;
        for (const row of db
          .prepare(`SELECT ${columns} ${from}`)
          .iterate(...params) as Iterable<DocumentRow>) {
          const item = summaryOf(row, issuersOf.get(row.id) ?? []);
          if (!keep(item)) continue;
          if (total >= query.offset && items.length < query.limit) items.push(item);
          total++;
        }
        return { total, offset: query.offset, items };
      }
      const select = `SELECT ${columns},
             (SELECT json_group_array(organization_id) FROM
               (SELECT organization_id FROM document_issuers WHERE document_id = d.id ORDER BY seq)) AS issuer_ids
           ${from}`;
      const total = (
        db.prepare(`SELECT count(*) AS n FROM documents d ${whereSql}`).get(...params) as { n: number }
      ).n;
      const rows = db
        .prepare(`${select} LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset) as SummaryRow[];
      return {
        total,
        offset: query.offset,
        items: rows.map((r) => summaryOf(r, fromJson<string[]>(r.issuer_ids))),
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
