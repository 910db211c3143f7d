// The backup's SHA-256 covers the database bytes then the manifest: computed on a worker thread for a large
// file (while integrity_check runs), right here for a small one; both must equal hashing the bytes directly.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../../main/backup/hash-file';
import { tempDir } from '../../helpers/db';

describe('hashing a backup copy', () => {
  it.each([
    ['a small file, here', 300_000],
    ['a large file, on a worker', 17 * 1024 * 1024 + 123],
  ])('gives the SHA-256 of the first bytes and the tail for %s', async (_label, length) => {
    const file = path.join(tempDir(), 'copy.sqlite');
    const bytes = randomBytes(length + 5000);
    fs.writeFileSync(file, bytes);
    const tail = Buffer.from('{"format":"so-hop-backup"}SOHOPBAK', 'utf8');
    const expected = createHash('sha256').update(bytes.subarray(0, length)).update(tail).digest();
    expect((await hashFile(file, length, tail).digest).equals(expected)).toBe(true);
  });

  it('fails, rather than hashing less, when the file is shorter than said', async () => {
    const file = path.join(tempDir(), 'short.sqlite');
    fs.writeFileSync(file, randomBytes(1000));
    await expect(hashFile(file, 17 * 1024 * 1024, Buffer.alloc(0)).digest).rejects.toThrow(/shorter/);
    expect(() => hashFile(file, 2000, Buffer.alloc(0))).toThrow(/shorter/);
  });
});
