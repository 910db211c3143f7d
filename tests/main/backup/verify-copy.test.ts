// The check a backup copy must pass before it is reported done: memory-mapped with a large cache for speed,
// it must still see damage anywhere in the file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { assertIntact, closeCopy, openCopy, readCopyFacts } from '../../../main/backup/verify-copy';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders } from './fixtures';

const dataFolder = trackDataFolders();

async function copyOf(): Promise<string> {
  const folder = dataFolder();
  fillWithDemo(folder);
  const file = path.join(tempDir(), 'copy.sqlite');
  await folder.db.backup(file);
  return file;
}

function check(file: string): string {
  const copy = openCopy(file);
  try {
    assertIntact(copy);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    // Damage SQLite meets before integrity_check can report it surfaces as SQLITE_CORRUPT.
    return String((error as { code?: unknown }).code);
  } finally {
    closeCopy(copy, file);
  }
}

describe('checking a backup copy', () => {
  it('passes an intact copy and reads what its manifest will say', async () => {
    const file = await copyOf();
    expect(check(file)).toBe('ok');
    const copy = openCopy(file);
    try {
      expect(readCopyFacts(copy).counts.meetings).toBeGreaterThan(0);
    } finally {
      closeCopy(copy, file);
    }
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);
  });

  it('refuses a copy with a damaged index page', async () => {
    const file = await copyOf();
    const probe = new Database(file, { readonly: true });
    const { page, size } = probe
      .prepare(
        `SELECT rootpage AS page, (SELECT page_size FROM pragma_page_size) AS size FROM sqlite_schema
         WHERE type = 'index' AND name = 'meetings_starts'`,
      )
      .get() as { page: number; size: number };
    probe.close();
    const bytes = fs.readFileSync(file);
    // The cells of the index's root page: overwrite them with garbage, keeping the page header.
    bytes.fill(0x41, (page - 1) * size + 200, page * size - 8);
    fs.writeFileSync(file, bytes);
    expect(['E_DB_CORRUPT', 'SQLITE_CORRUPT']).toContain(check(file));
  });
});
