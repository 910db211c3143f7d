import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../helpers/db';

// Offices on different app versions exchange backups: a released column or table must never
// disappear or change type. The snapshot may only grow (update it when a migration adds things).
const snapshotFile = path.join(import.meta.dirname, '..', '..', 'fixtures', 'schema-snapshot.json');

describe('schema guard', () => {
  it('keeps every table and column of the committed snapshot with the same type', () => {
    const t = openTestDb();
    const tables = t.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    const current: Record<string, Record<string, string>> = {};
    for (const { name } of tables) {
      const columns = t.db.prepare('SELECT name, type FROM pragma_table_info(?)').all(name) as {
        name: string;
        type: string;
      }[];
      current[name] = Object.fromEntries(columns.map((c) => [c.name, c.type]));
    }
    t.close();
    const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as typeof current;
    for (const [table, columns] of Object.entries(snapshot)) {
      expect(current[table], `table ${table}`).toBeDefined();
      for (const [column, type] of Object.entries(columns))
        expect(current[table]?.[column], `${table}.${column}`).toBe(type);
    }
  });
});
