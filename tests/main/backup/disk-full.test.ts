// A full disk (or a read-only one) while backing up or restoring: a Vietnamese message with a stable code,
// no half-written file left behind, the previous backup and the live data untouched. The file-system
// failure is injected where Node writes (fs.appendFileSync / fs.writeSync); SQLite's own writes hit a
// real SQLITE_FULL through `max_page_count` on the staging database.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackupService } from '../../../main/backup';
import { createBackup } from '../../../main/backup/create';
import { inlineJobs } from '../../../main/backup/worker/runner';
import type * as Connection from '../../../main/db/connection';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, TEST_KDF, trackDataFolders } from './fixtures';

/** Staging databases opened while this is set may only grow by a few pages, as on a nearly full disk. */
const room = vi.hoisted(() => ({ limited: false }));
vi.mock('../../../main/db/connection', async (importOriginal) => {
  const actual = await importOriginal<typeof Connection>();
  return {
    ...actual,
    openDatabase: (file: string, ...rest: unknown[]) => {
      const db = actual.openDatabase(file, ...(rest as []));
      if (room.limited && path.basename(file).includes('.restore-')) {
        const pages = db.pragma('page_count', { simple: true }) as number;
        db.pragma(`max_page_count = ${pages + 4}`);
      }
      return db;
    },
  };
});

const dataFolder = trackDataFolders();

function failing(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

async function errorOf(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

afterEach(() => {
  vi.restoreAllMocks();
  room.limited = false;
});

describe('a full or read-only disk', () => {
  it.each([
    ['ENOSPC', 'E_DISK_FULL', 'Ổ đĩa đã đầy'],
    ['EDQUOT', 'E_DISK_FULL', 'Ổ đĩa đã đầy'],
    ['EROFS', 'E_DB_READONLY', 'chỉ cho phép đọc'],
  ])(
    'a plain backup failing with %s gives %s, keeps the previous backup and leaves no temporary file',
    async (errno, code, words) => {
      const source = dataFolder();
      fillWithDemo(source);
      const dir = tempDir();
      const out = path.join(dir, 'sao lưu.sohop');
      await createBackup(source.db, out);
      const before = fs.readFileSync(out);
      vi.spyOn(fs, 'appendFileSync').mockImplementation(() => {
        throw failing(errno);
      });
      const error = await errorOf(() => createBackup(source.db, out));
      expect(error.code).toBe(code);
      expect(error.message).toContain(words);
      expect(fs.readdirSync(dir)).toEqual(['sao lưu.sohop']);
      expect(fs.readFileSync(out).equals(before)).toBe(true);
    },
  );

  it('an encrypted backup that runs out of space part-way leaves no partial file', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const dir = tempDir();
    const out = path.join(dir, 'mã hóa.sohop');
    const write = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
    let writes = 0;
    vi.spyOn(fs, 'writeSync').mockImplementation(((...args: unknown[]) => {
      // The header and the first encrypted chunk are written; the disk fills up on the next write.
      if (++writes > 2) throw failing('ENOSPC');
      return write(...args);
    }) as typeof fs.writeSync);
    const error = await errorOf(() =>
      createBackup(source.db, out, { passphrase: 'mật khẩu', kdf: TEST_KDF }),
    );
    expect(writes).toBeGreaterThan(2);
    expect(error.code).toBe('E_DISK_FULL');
    expect(error.message).toMatch(/^Ổ đĩa đã đầy/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a restore whose staging database fills the disk is refused as E_DISK_FULL, changing nothing', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const file = path.join(tempDir(), 'nguồn.sohop');
    await createBackup(source.db, file);

    const target = dataFolder();
    target.services.exchange.import({
      format: 'so-hop-exchange',
      version: 1,
      organizations: [{ id: randomUUID(), name: 'Văn phòng Tỉnh ủy', family: 'party' }],
    });
    const exported = target.exported();
    const beside = () => fs.readdirSync(path.dirname(target.databasePath)).sort();
    const filesBefore = beside();
    room.limited = true;
    // The restore's jobs run in this thread here, where the mock of openDatabase applies.
    const backups = createBackupService(target.services, {
      databasePath: target.databasePath,
      dataDir: target.dataDir,
      jobs: inlineJobs,
    });
    const error = await errorOf(() => backups.prepareRestore(file));
    expect(error.code).toBe('E_DISK_FULL');
    expect(error.message).toContain('Ổ đĩa đã đầy');
    expect(beside()).toEqual(filesBefore);
    expect(backups.status().backups).toEqual([]);
    expect(target.exported()).toBe(exported);
  });
});
