import type { ProgrammeSummary, Stored } from '../../../shared/domain';
import type { Programme } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import type { Db } from '../types';
import { fromJson, opt, toJson } from './rows';

interface ProgrammeRow {
  id: string;
  title: string;
  year: number;
  review_meeting_id: string | null;
  updated_at: string;
}

export function createProgrammeRepo(db: Db) {
  const s = {
    upsert: db.prepare(`
      INSERT INTO programmes (id, title, year, review_meeting_id, updated_at)
      VALUES (@id, @title, @year, @reviewMeetingId, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, year = excluded.year,
        review_meeting_id = excluded.review_meeting_id, updated_at = excluded.updated_at`),
    clearParties: db.prepare('DELETE FROM programme_parties WHERE programme_id = ?'),
    clearItems: db.prepare('DELETE FROM programme_items WHERE programme_id = ?'),
    insertParty: db.prepare(
      'INSERT INTO programme_parties (programme_id, seq, organization_id) VALUES (?, ?, ?)',
    ),
    insertItem: db.prepare(
      'INSERT INTO programme_items (programme_id, seq, item_order, content, timing) VALUES (?, ?, ?, ?, ?)',
    ),
    insertUnit: db.prepare(
      'INSERT INTO programme_item_units (programme_id, item_seq, role, seq, organization_id) VALUES (?, ?, ?, ?, ?)',
    ),
    get: db.prepare<[string], ProgrammeRow>('SELECT * FROM programmes WHERE id = ?'),
    updatedAt: db.prepare<[string], { updated_at: string }>('SELECT updated_at FROM programmes WHERE id = ?'),
    parties: db.prepare<[string], { organization_id: string }>(
      'SELECT organization_id FROM programme_parties WHERE programme_id = ? ORDER BY seq',
    ),
    items: db.prepare<[string], { seq: number; item_order: number; content: string; timing: string | null }>(
      'SELECT seq, item_order, content, timing FROM programme_items WHERE programme_id = ? ORDER BY seq',
    ),
    units: db.prepare<[string, number, string], { organization_id: string }>(
      'SELECT organization_id FROM programme_item_units WHERE programme_id = ? AND item_seq = ? AND role = ? ORDER BY seq',
    ),
    allIds: db.prepare<[], { id: string }>('SELECT id FROM programmes ORDER BY year, id'),
    list: db.prepare<
      [{ year: number | null; limit: number | null }],
      ProgrammeRow & { party_ids: string; item_count: number }
    >(`
      SELECT p.*, (SELECT json_group_array(organization_id) FROM
          (SELECT organization_id FROM programme_parties WHERE programme_id = p.id ORDER BY seq)) AS party_ids,
        (SELECT count(*) FROM programme_items WHERE programme_id = p.id) AS item_count
      FROM programmes p WHERE (@year IS NULL OR p.year = @year) ORDER BY p.year DESC, p.title LIMIT coalesce(@limit, -1)`),
    touch: db.prepare('UPDATE programmes SET updated_at = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM programmes WHERE id = ?'),
  };

  return {
    upsert(programme: Stored<Programme>): void {
      s.upsert.run({
        id: programme.id,
        title: programme.title,
        year: programme.year,
        reviewMeetingId: programme.reviewMeetingId ?? null,
        updatedAt: programme.updatedAt,
      });
      s.clearParties.run(programme.id);
      s.clearItems.run(programme.id);
      programme.partyIds.forEach((orgId, i) => s.insertParty.run(programme.id, i, orgId));
      programme.items.forEach((item, i) => {
        s.insertItem.run(programme.id, i, item.order, toJson(item.content), item.timing ?? null);
        (item.leadIds ?? []).forEach((orgId, j) => s.insertUnit.run(programme.id, i, 'lead', j, orgId));
        (item.supportIds ?? []).forEach((orgId, j) => s.insertUnit.run(programme.id, i, 'support', j, orgId));
      });
    },
    get(id: string): Stored<Programme> | undefined {
      const row = s.get.get(id);
      if (!row) return undefined;
      return {
        id: row.id,
        updatedAt: row.updated_at,
        title: row.title,
        year: row.year,
        partyIds: s.parties.all(id).map((p) => p.organization_id),
        reviewMeetingId: row.review_meeting_id,
        items: s.items.all(id).map((item) => ({
          order: item.item_order,
          content: fromJson<RichTextNode>(item.content),
          leadIds: s.units.all(id, item.seq, 'lead').map((u) => u.organization_id),
          supportIds: s.units.all(id, item.seq, 'support').map((u) => u.organization_id),
          timing: opt(item.timing),
        })),
      };
    },
    updatedAt(id: string): string | undefined {
      return s.updatedAt.get(id)?.updated_at;
    },
    allIds(): string[] {
      return s.allIds.all().map((r) => r.id);
    },
    list(year?: number): ProgrammeSummary[] {
      return s.list.all({ year: year ?? null, limit: null }).map((r) => ({
        id: r.id,
        title: r.title,
        year: r.year,
        partyIds: fromJson<string[]>(r.party_ids),
        itemCount: r.item_count,
        updatedAt: r.updated_at,
      }));
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

export type ProgrammeRepo = ReturnType<typeof createProgrammeRepo>;
