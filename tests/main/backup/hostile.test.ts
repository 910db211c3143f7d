// The hostile-file suite: hundreds of damaged and crafted files against inspect, merge and restore.
// Each must be refused with a stable code, nothing may crash, and the current data must not change.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createBackup } from '../../../main/backup/create';
import { openContainer } from '../../../main/backup/container';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, openDataFolder, TEST_KDF, type DataFolder } from './fixtures';
import { generateHostileFiles, type HostileFile } from './hostile-files';

let live: DataFolder;
let files: HostileFile[];
let before: string;

beforeAll(async () => {
  live = openDataFolder();
  fillWithDemo(live);
  before = live.exported();
  const dir = tempDir('so-hop-hostile-');
  const plainFile = path.join(dir, 'base.sohop');
  const encryptedFile = path.join(dir, 'base-enc.sohop');
  await createBackup(live.db, plainFile);
  await createBackup(live.db, encryptedFile, { passphrase: 'đúng mật khẩu', kdf: TEST_KDF });
  const plain = fs.readFileSync(plainFile);
  const { database, manifest } = openContainer(plain);
  files = generateHostileFiles(dir, {
    plain,
    encrypted: fs.readFileSync(encryptedFile),
    bare: Buffer.from(database),
    manifest,
  });
  return () => {
    live.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(live.dataDir, { recursive: true, force: true });
  };
});

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    return `uncoded ${String(error)}`;
  }
  return 'accepted';
}

describe('hostile files', () => {
  it('generates at least 500 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(500);
  });

  it('refuses every one in inspect, merge (preview and apply) and restore, leaving the data unchanged', async () => {
    const problems: string[] = [];
    for (const hostile of files) {
      const operations: [string, () => unknown][] = [
        ['inspect', () => live.backups.inspect(hostile.file, 'đúng mật khẩu')],
        ['merge preview', () => live.backups.previewMerge(hostile.file, 'đúng mật khẩu')],
        ['merge', () => live.backups.applyMerge(hostile.file, 'đúng mật khẩu')],
        ['restore', () => live.backups.prepareRestore(hostile.file, 'đúng mật khẩu')],
      ];
      for (const [operation, run] of operations) {
        const code = await refusal(run);
        if (!hostile.codes.includes(code))
          problems.push(`${hostile.name} (${hostile.file}) → ${operation}: ${code}`);
      }
      if (live.exported() !== before) {
        problems.push(`${hostile.name}: the current data changed`);
        break;
      }
    }
    expect(problems).toEqual([]);
    // No safety backup was taken and no temporary file was left: nothing got that far.
    expect(fs.readdirSync(live.dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(live.backups.status().backups).toEqual([]);
    expect(live.services.database.check().ok).toBe(true);
  }, 180_000);
});
