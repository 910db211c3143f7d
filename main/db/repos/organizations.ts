import type { Organization } from '../../../shared/exchange';
import type { OrganizationSummary, Stored } from '../../../shared/domain';
import { foldVietnamese } from '../../../shared/vietnamese';
import type { Db } from '../types';
import { rankByName } from './organization-rank';
import { fromJson, opt, toJson } from './rows';

interface OrganizationRow {
  id: string;
  name: string;
  header_lines: string | null;
  parent_id: string | null;
  symbol: string | null;
  family: 'state' | 'party';
  place: string | null;
  header_parent_line: string | null;
  updated_at: string;
}

interface SummaryRow {
  id: string;
  name: string;
  name_folded: string;
  family: 'state' | 'party';
  symbol: string | null;
  parent_id: string | null;
}

// The header's upper line has three states; the column keeps them apart: NULL is "from the parent"
// (the field is absent), '' is "none" (null), any other text is printed as given.
const NO_UPPER_LINE = '';
function upperLineFromRow(value: string | null): Pick<Organization, 'headerParentLine'> {
  if (value === null) return {};
  return { headerParentLine: value === NO_UPPER_LINE ? null : value };
}
function upperLineToRow(value: Organization['headerParentLine']): string | null {
  if (value === undefined) return null;
  return value === null ? NO_UPPER_LINE : value;
}

function toRecord(row: OrganizationRow): Stored<Organization> {
  return {
    id: row.id,
    updatedAt: row.updated_at,
    name: row.name,
    headerLines: row.header_lines === null ? undefined : fromJson<string[]>(row.header_lines),
    parentId: row.parent_id,
    symbol: opt(row.symbol),
    family: row.family,
    place: opt(row.place),
    ...upperLineFromRow(row.header_parent_line),
  };
}

export function createOrganizationRepo(db: Db) {
  const upsertStmt = db.prepare(`
    INSERT INTO organizations (id, name, name_folded, header_lines, parent_id, symbol, family, place,
      header_parent_line, updated_at)
    VALUES (@id, @name, @nameFolded, @headerLines, @parentId, @symbol, @family, @place, @headerParentLine,
      @updatedAt)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded,
      header_lines = excluded.header_lines, parent_id = excluded.parent_id, symbol = excluded.symbol,
      family = excluded.family, place = excluded.place, header_parent_line = excluded.header_parent_line,
      updated_at = excluded.updated_at`);
  const getStmt = db.prepare<[string], OrganizationRow>('SELECT * FROM organizations WHERE id = ?');
  const allStmt = db.prepare<[], OrganizationRow>('SELECT * FROM organizations ORDER BY name_folded, id');
  const deleteStmt = db.prepare('DELETE FROM organizations WHERE id = ?');
  const touchStmt = db.prepare('UPDATE organizations SET updated_at = ? WHERE id = ?');
  // The directory is a few hundred bodies: matching and ranking a typed name runs over all of them.
  const summarySql = 'SELECT id, name, name_folded, family, symbol, parent_id FROM organizations';
  const summariesStmt = db.prepare<[], SummaryRow>(`${summarySql} ORDER BY name_folded, id`);
  const byFamilyStmt = db.prepare<[string], SummaryRow>(
    `${summarySql} WHERE family = ? ORDER BY name_folded, id`,
  );
  const updatedAtStmt = db.prepare<[string], { updated_at: string }>(
    'SELECT updated_at FROM organizations WHERE id = ?',
  );

  return {
    upsert(org: Stored<Organization>): void {
      upsertStmt.run({
        id: org.id,
        name: org.name,
        nameFolded: foldVietnamese(org.name),
        headerLines: org.headerLines === undefined ? null : toJson(org.headerLines),
        parentId: org.parentId ?? null,
        symbol: org.symbol ?? null,
        family: org.family,
        place: org.place ?? null,
        headerParentLine: upperLineToRow(org.headerParentLine),
        updatedAt: org.updatedAt,
      });
    },
    get(id: string): Stored<Organization> | undefined {
      const row = getStmt.get(id);
      return row && toRecord(row);
    },
    updatedAt(id: string): string | undefined {
      return updatedAtStmt.get(id)?.updated_at;
    },
    all(): Stored<Organization>[] {
      return allStmt.all().map(toRecord);
    },
    /** Filtered by family; with a text, ranked by how well the name matches it (see organization-rank). */
    list(query: {
      family?: 'state' | 'party' | undefined;
      text?: string | undefined;
    }): OrganizationSummary[] {
      const rows = (query.family ? byFamilyStmt.all(query.family) : summariesStmt.all()).map((r) => ({
        id: r.id,
        name: r.name,
        family: r.family,
        symbol: r.symbol,
        parentId: r.parent_id,
        nameFolded: r.name_folded,
      }));
      const ranked = query.text?.trim() ? rankByName(query.text, rows) : rows;
      return ranked.map(({ nameFolded: _folded, ...summary }) => summary);
    },
    /** Gives the record a new `updatedAt` and nothing else (a save whose content changed). */
    touch(id: string, updatedAt: string): void {
      touchStmt.run(updatedAt, id);
    },
    delete(id: string): boolean {
      return deleteStmt.run(id).changes > 0;
    },
  };
}

export type OrganizationRepo = ReturnType<typeof createOrganizationRepo>;
