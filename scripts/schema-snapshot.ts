// Writes tests/fixtures/schema-snapshot.json from the current migrations (run after adding a migration).
import fs from 'node:fs';
import { openDatabase } from '../main/db/connection';
const db = openDatabase(':memory:');
const out: Record<string, Record<string, string>> = {};
for (const { name } of db
  .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
  .all() as { name: string }[])
  out[name] = Object.fromEntries(
    (
      db.prepare('SELECT name, type FROM pragma_table_info(?)').all(name) as { name: string; type: string }[]
    ).map((c) => [c.name, c.type]),
  );
fs.writeFileSync(
  new URL('../tests/fixtures/schema-snapshot.json', import.meta.url),
  JSON.stringify(out, null, 2) + '\n',
);
