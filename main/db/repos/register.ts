import type { DocumentType } from '../../../shared/exchange';
import type { Db } from '../types';

export interface IssuedNumberRow {
  id: string;
  issued_on: string | null;
  summary: string;
}

/** The document register (sổ đăng ký văn bản đi): one counter per issuing body, document type and period. */
export function createRegisterRepo(db: Db) {
  const s = {
    allocate: db.prepare<[string, string, string], { last_number: number }>(`
      INSERT INTO document_register (issuer_id, document_type, period, last_number) VALUES (?, ?, ?, 1)
      ON CONFLICT (issuer_id, document_type, period) DO UPDATE SET last_number = last_number + 1
      RETURNING last_number`),
    raiseTo: db.prepare(`
      INSERT INTO document_register (issuer_id, document_type, period, last_number) VALUES (?, ?, ?, ?)
      ON CONFLICT (issuer_id, document_type, period) DO UPDATE SET last_number = max(last_number, excluded.last_number)`),
    last: db.prepare<[string, string, string], { last_number: number }>(
      'SELECT last_number FROM document_register WHERE issuer_id = ? AND document_type = ? AND period = ?',
    ),
    termStarts: db.prepare<[string], { starts_on: string }>(
      'SELECT starts_on FROM party_terms WHERE organization_id = ? ORDER BY starts_on',
    ),
    addTerm: db.prepare('INSERT OR IGNORE INTO party_terms (organization_id, starts_on) VALUES (?, ?)'),
    removeTerm: db.prepare('DELETE FROM party_terms WHERE organization_id = ? AND starts_on = ?'),
    issuedWith: db.prepare<[string, string, number], IssuedNumberRow>(`
      SELECT d.id, d.issued_on, d.summary FROM documents d
      JOIN document_issuers i ON i.document_id = d.id AND i.seq = 0
      WHERE i.organization_id = ? AND d.type = ? AND d.number = ? AND d.status = 'issued'`),
    recipientLines: db.prepare<[string], { line: string; issued_on: string | null }>(`
      SELECT r.line, d.issued_on FROM document_issuers i
      JOIN documents d ON d.id = i.document_id AND d.status = 'issued'
      JOIN document_recipients r ON r.document_id = d.id
      WHERE i.organization_id = ? AND i.seq = 0`),
  };

  return {
    /** Takes the next number; the counter never goes back, so a number is never given twice. */
    allocate(issuerId: string, type: DocumentType, period: string): number {
      return (s.allocate.get(issuerId, type, period) as { last_number: number }).last_number;
    },
    /** Makes sure the counter is at least `number` (an issued document came in from a file). */
    raiseTo(issuerId: string, type: DocumentType, period: string, number: number): void {
      s.raiseTo.run(issuerId, type, period, number);
    },
    last(issuerId: string, type: DocumentType, period: string): number {
      return s.last.get(issuerId, type, period)?.last_number ?? 0;
    },
    termStarts(organizationId: string): string[] {
      return s.termStarts.all(organizationId).map((r) => r.starts_on);
    },
    addTermStart(organizationId: string, startsOn: string): void {
      s.addTerm.run(organizationId, startsOn);
    },
    removeTermStart(organizationId: string, startsOn: string): void {
      s.removeTerm.run(organizationId, startsOn);
    },
    /** Every Nơi nhận line of the documents the body issued (as lead), with their dates. */
    recipientLines(issuerId: string): { line: string; issued_on: string | null }[] {
      return s.recipientLines.all(issuerId);
    },
    /** Issued documents led by the body, of the type, carrying the number (in any period: the caller picks). */
    issuedWith(issuerId: string, type: DocumentType, number: number): IssuedNumberRow[] {
      return s.issuedWith.all(issuerId, type, number);
    },
  };
}

export type RegisterRepo = ReturnType<typeof createRegisterRepo>;
