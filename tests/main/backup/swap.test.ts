// The swap at the end of a restore: the old database keeps a second name through the rename, so the
// rename frees nothing on the app's thread, and that name is removed afterwards off the thread.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeRetired, swapInDatabase } from '../../../main/backup/restore';
import { tempDir } from '../../helpers/db';

describe('swapInDatabase', () => {
  it('puts the new file in place and hands back the old one under a staging name, then removes it', async () => {
    const dir = tempDir();
    const live = path.join(dir, 'so-hop.sqlite');
    const staged = path.join(dir, '.so-hop.sqlite.restore-abc.tmp');
    fs.writeFileSync(live, 'old');
    fs.writeFileSync(staged, 'new');
    const retired = swapInDatabase(staged, live);
    expect(fs.readFileSync(live, 'utf8')).toBe('new');
    expect(fs.existsSync(staged)).toBe(false);
    expect(retired).not.toBeNull();
    // Named so the stale-file cleanup at the next start takes it if the app stops before removing it.
    expect(path.basename(retired ?? '')).toMatch(/^\.so-hop\.sqlite\.restore-old-[0-9a-f]+\.tmp$/);
    expect(fs.readFileSync(retired ?? '', 'utf8')).toBe('old');
    await removeRetired(retired);
    expect(fs.readdirSync(dir)).toEqual(['so-hop.sqlite']);
  });

  it('leaves the old file in place and no second name when the rename fails', () => {
    const dir = tempDir();
    const live = path.join(dir, 'so-hop.sqlite');
    fs.writeFileSync(live, 'old');
    const missing = path.join(dir, 'gone.tmp');
    expect(() => swapInDatabase(missing, live)).toThrow();
    expect(fs.readFileSync(live, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['so-hop.sqlite']);
  });
});
