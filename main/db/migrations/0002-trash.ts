import type { Migration } from './types';

// Thùng rác: a deleted meeting (with its documents), draft document or person is kept here as JSON for
// 30 days and can be put back. Its rows leave the live tables, so lists, search, follow-up and exports
// never see it without any of their queries knowing about the trash.
export const m0002Trash: Migration = {
  version: 2,
  name: 'trash',
  up(db) {
    db.exec(`
      CREATE TABLE trash (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'document', 'person')),
        label TEXT NOT NULL,
        detail TEXT,
        payload TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trash_deleted_at ON trash(deleted_at);
    `);
  },
};
