import type { Migration } from './types';

// The whole domain of exchange format v1. Child lists keep their order in a `seq` column.
export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL,
        header_lines TEXT,
        parent_id TEXT REFERENCES organizations(id),
        symbol TEXT,
        family TEXT NOT NULL CHECK (family IN ('state', 'party')),
        place TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX organizations_parent ON organizations(parent_id);
      CREATE INDEX organizations_name ON organizations(name_folded);

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        full_name_folded TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('male', 'female')),
        notes TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_name ON people(full_name_folded);

      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        title_folded TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('hoi-nghi', 'cuoc-hop', 'buoi-lam-viec', 'phien-hop')),
        starts_at TEXT NOT NULL,
        ends_at TEXT,
        location TEXT,
        minutes TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_starts ON meetings(starts_at);
      CREATE INDEX meetings_kind_starts ON meetings(kind, starts_at);

      CREATE TABLE meeting_organizers (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        PRIMARY KEY (meeting_id, seq)
      ) STRICT;
      CREATE INDEX meeting_organizers_org ON meeting_organizers(organization_id, meeting_id);

      CREATE TABLE meeting_attendees (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        person_id TEXT NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN ('chair', 'co-chair', 'attendee', 'guest', 'secretary', 'absent')),
        title_on_day TEXT,
        organization_id TEXT REFERENCES organizations(id),
        PRIMARY KEY (meeting_id, seq)
      ) STRICT;
      CREATE INDEX meeting_attendees_person ON meeting_attendees(person_id);
      CREATE INDEX meeting_attendees_org ON meeting_attendees(organization_id);

      CREATE TABLE meeting_attendee_groups (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (meeting_id, seq)
      ) STRICT;

      CREATE TABLE conclusions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        item_order INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('assessment', 'direction', 'task')),
        text TEXT NOT NULL,
        due_date TEXT,
        status TEXT CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conclusions_meeting ON conclusions(meeting_id, seq);
      CREATE INDEX conclusions_open_tasks ON conclusions(status, due_date) WHERE kind = 'task';

      CREATE TABLE conclusion_assignees (
        conclusion_id TEXT NOT NULL REFERENCES conclusions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
        PRIMARY KEY (conclusion_id, seq)
      ) STRICT;
      CREATE INDEX conclusion_assignees_org ON conclusion_assignees(organization_id);

      CREATE TABLE conclusion_progress (
        conclusion_id TEXT NOT NULL REFERENCES conclusions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        date TEXT NOT NULL,
        note TEXT NOT NULL,
        PRIMARY KEY (conclusion_id, seq)
      ) STRICT;

      CREATE TABLE programmes (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        year INTEGER NOT NULL,
        review_meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX programmes_year ON programmes(year);
      CREATE INDEX programmes_review_meeting ON programmes(review_meeting_id);

      CREATE TABLE programme_parties (
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        PRIMARY KEY (programme_id, seq)
      ) STRICT;
      CREATE INDEX programme_parties_org ON programme_parties(organization_id);

      CREATE TABLE programme_items (
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        item_order INTEGER NOT NULL,
        content TEXT NOT NULL,
        timing TEXT,
        PRIMARY KEY (programme_id, seq)
      ) STRICT;

      CREATE TABLE programme_item_units (
        programme_id TEXT NOT NULL,
        item_seq INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
        seq INTEGER NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        PRIMARY KEY (programme_id, item_seq, role, seq),
        FOREIGN KEY (programme_id, item_seq) REFERENCES programme_items(programme_id, seq) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX programme_item_units_org ON programme_item_units(organization_id);

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('conclusion-notice', 'coordination-programme', 'minutes')),
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

      CREATE TABLE document_signers (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        organization_id TEXT REFERENCES organizations(id),
        authority TEXT CHECK (authority IN ('TM', 'KT', 'TL', 'TUQ', 'Q', '')),
        authority_body TEXT,
        signer_position TEXT NOT NULL,
        person_id TEXT REFERENCES people(id),
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

      -- The register only ever counts up: a deleted draft never gives its number back.
      CREATE TABLE document_register (
        issuer_id TEXT NOT NULL REFERENCES organizations(id),
        document_type TEXT NOT NULL,
        period TEXT NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (issuer_id, document_type, period)
      ) STRICT;

      -- Start dates of a Party committee's terms (nhiệm kỳ): Party numbering runs through a term.
      CREATE TABLE party_terms (
        organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        starts_on TEXT NOT NULL,
        PRIMARY KEY (organization_id, starts_on)
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
