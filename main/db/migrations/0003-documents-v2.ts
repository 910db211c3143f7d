import type { Migration } from './types';

// Exchange format additions of 2026-11-27: the header's upper line of a body, signer chains, the new
// document types (giấy mời, công văn, báo cáo, kế hoạch), Kính gửi, ô 13 and appendices.
//
// `documents.type` has a CHECK listing the types, and SQLite changes a CHECK only by rebuilding the
// table. With foreign keys on, dropping `documents` would cascade into its child tables, so the children
// are parked in temporary tables, dropped, and everything is created again as a fresh database would be.
const DOCUMENT_TYPES =
  "'conclusion-notice', 'coordination-programme', 'minutes', 'invitation', 'official-letter', 'report', 'plan'";

export const m0003DocumentsV2: Migration = {
  version: 3,
  name: 'documents-v2',
  up(db) {
    db.exec(`
      -- NULL: the upper line comes from the parent body; '': none; any other text: printed as given.
      ALTER TABLE organizations ADD COLUMN header_parent_line TEXT;

      CREATE TEMP TABLE m2_documents AS SELECT * FROM documents;
      CREATE TEMP TABLE m2_issuers AS SELECT * FROM document_issuers;
      CREATE TEMP TABLE m2_signers AS SELECT * FROM document_signers;
      CREATE TEMP TABLE m2_recipients AS SELECT * FROM document_recipients;
      DROP TABLE document_issuers;
      DROP TABLE document_signers;
      DROP TABLE document_recipients;
      DROP TABLE documents;

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN (${DOCUMENT_TYPES})),
        number INTEGER CHECK (number >= 1),
        symbol TEXT,
        issued_on TEXT,
        place TEXT,
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        programme_id TEXT REFERENCES programmes(id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
        urgency TEXT CHECK (urgency IN ('khan', 'thuong-khan', 'hoa-toc')),
        confidentiality TEXT CHECK (confidentiality IN ('mat', 'toi-mat', 'tuyet-mat')),
        drafter TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_status_issued ON documents(status, issued_on);
      CREATE INDEX documents_meeting ON documents(meeting_id);
      CREATE INDEX documents_programme ON documents(programme_id);

      CREATE TABLE document_issuers (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        PRIMARY KEY (document_id, seq)
      ) STRICT;
      CREATE INDEX document_issuers_org ON document_issuers(organization_id);

      -- chain: JSON array of {authority, body}, NULL when the signer has none.
      CREATE TABLE document_signers (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        organization_id TEXT REFERENCES organizations(id),
        authority TEXT CHECK (authority IN ('TM', 'KT', 'TL', 'TUQ', 'Q', '')),
        authority_body TEXT,
        signer_position TEXT NOT NULL,
        person_id TEXT REFERENCES people(id),
        chain TEXT,
        PRIMARY KEY (document_id, seq)
      ) STRICT;
      CREATE INDEX document_signers_person ON document_signers(person_id);
      CREATE INDEX document_signers_org ON document_signers(organization_id);

      CREATE TABLE document_recipients (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        line TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      ) STRICT;

      CREATE TABLE document_addressees (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        line TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      ) STRICT;

      CREATE TABLE document_appendices (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        landscape INTEGER NOT NULL DEFAULT 0 CHECK (landscape IN (0, 1)),
        PRIMARY KEY (document_id, seq)
      ) STRICT;

      INSERT INTO documents (id, type, number, symbol, issued_on, place, summary, body, meeting_id,
          programme_id, status, urgency, confidentiality, updated_at)
        SELECT id, type, number, symbol, issued_on, place, summary, body, meeting_id,
          programme_id, status, urgency, confidentiality, updated_at FROM temp.m2_documents;
      INSERT INTO document_issuers (document_id, seq, organization_id)
        SELECT document_id, seq, organization_id FROM temp.m2_issuers;
      INSERT INTO document_signers (document_id, seq, organization_id, authority, authority_body,
          signer_position, person_id)
        SELECT document_id, seq, organization_id, authority, authority_body, signer_position, person_id
        FROM temp.m2_signers;
      INSERT INTO document_recipients (document_id, seq, line)
        SELECT document_id, seq, line FROM temp.m2_recipients;
      DROP TABLE temp.m2_documents;
      DROP TABLE temp.m2_issuers;
      DROP TABLE temp.m2_signers;
      DROP TABLE temp.m2_recipients;
    `);
  },
};
