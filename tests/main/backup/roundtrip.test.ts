import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createBackup } from '../../../main/backup/create';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, TEST_KDF, trackDataFolders } from './fixtures';

const dataFolder = trackDataFolders();

async function codeOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

async function restoreInto(target: ReturnType<typeof dataFolder>, file: string, passphrase?: string) {
  const prepared = await target.backups.prepareRestore(file, passphrase);
  target.close();
  prepared.commit();
  target.reopen();
  return prepared;
}

describe('backup and restore', () => {
  it('restores a backup into a fresh data folder with identical exported data, settings and counters', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const out = path.join(tempDir(), 'thư mục có dấu cách', 'bản sao lưu.sohop');
    const progress: number[] = [];
    const result = await createBackup(source.db, out, { onProgress: (p) => progress.push(p.remainingPages) });
    expect(progress.at(-1)).toBe(0);
    expect(result.manifest.counts.meetings).toBeGreaterThan(0);
    expect(result.manifest.officeName).toBeTruthy();

    const target = dataFolder();
    const prepared = await restoreInto(target, out);
    expect(prepared.description.counts).toEqual(result.manifest.counts);
    expect(target.exported()).toBe(source.exported());
    const settings = (f: typeof source) => f.db.prepare('SELECT * FROM settings ORDER BY key').all();
    const register = (f: typeof source) =>
      f.db.prepare('SELECT * FROM document_register ORDER BY 1, 2, 3').all();
    const terms = (f: typeof source) => f.db.prepare('SELECT * FROM party_terms ORDER BY 1, 2').all();
    expect(settings(target)).toEqual(settings(source));
    expect(register(target)).toEqual(register(source));
    expect(terms(target)).toEqual(terms(source));
    expect(target.services.database.check().ok).toBe(true);
  });

  it('round-trips an encrypted backup, and keeps the replaced data as an undo backup', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const out = path.join(tempDir(), 'mã hóa.sohop');
    await source.backups.create(out, 'mật khẩu dài của văn phòng');
    expect(fs.readFileSync(out).includes(Buffer.from('Nghệ An'))).toBe(false);

    const target = dataFolder();
    target.services.people.save({
      id: '7d1f8a52-3b4c-4d5e-8f90-a1b2c3d4e5f6',
      fullName: 'Người Cũ',
    } as never);
    const before = target.exported();
    const prepared = await restoreInto(target, out, 'mật khẩu dài của văn phòng');
    expect(prepared.description.encrypted).toBe(true);
    expect(target.exported()).toBe(source.exported());

    // Hoàn tác khôi phục: the safety backup brings the previous data back.
    await restoreInto(target, prepared.undoFile);
    expect(target.exported()).toBe(before);
  });

  it('tells a wrong passphrase apart from an altered byte', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const out = path.join(tempDir(), 'enc.sohop');
    await createBackup(source.db, out, { passphrase: 'đúng', kdf: TEST_KDF });
    const target = dataFolder();
    expect(await codeOf(() => target.backups.inspect(out, 'sai'))).toBe('E_BACKUP_PASSPHRASE');
    expect(await codeOf(() => target.backups.inspect(out))).toBe('E_BACKUP_PASSPHRASE');
    const bytes = fs.readFileSync(out);
    for (const offset of [0, 5, 12, 40, 200, bytes.length >> 1, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[offset] = (altered[offset] ?? 0) ^ 0x20;
      fs.writeFileSync(out, altered);
      expect(await codeOf(() => target.backups.inspect(out, 'đúng')), `byte ${offset}`).toBe(
        'E_BACKUP_TAMPERED',
      );
    }
  });

  it('writes a plain backup that any SQLite tool can open, with the manifest readable before opening', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const out = path.join(tempDir(), 'plain.sohop');
    const result = await createBackup(source.db, out);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const manifestLength = bytes.readUInt32BE(bytes.length - 48 + 12);
    const manifest = JSON.parse(
      bytes.subarray(bytes.length - 48 - manifestLength, bytes.length - 48).toString('utf8'),
    ) as unknown;
    expect(manifest).toEqual(result.manifest);
  });

  it('leaves the current database untouched when the file is refused', async () => {
    const target = dataFolder();
    fillWithDemo(target);
    const before = target.exported();
    const junk = path.join(tempDir(), 'junk.sohop');
    fs.writeFileSync(junk, 'không phải bản sao lưu');
    await expect(target.backups.prepareRestore(junk)).rejects.toMatchObject({ code: 'E_BACKUP_INVALID' });
    expect(target.exported()).toBe(before);
    expect(fs.readdirSync(target.dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
