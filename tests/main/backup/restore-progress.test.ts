// A restore's check and rebuild gives the event loop a turn between chunks of records, so backup.status
// (what the UI polls) answers while it runs and tells how far it is.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RestoreProgress } from '../../../shared/backup';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders } from './fixtures';

const dataFolder = trackDataFolders();

describe('restore progress', () => {
  it('is reported by backup.status while the rebuild runs, counting records up to the total', async () => {
    const source = dataFolder();
    fillWithDemo(source);
    const out = path.join(tempDir(), 'nguồn.sohop');
    const made = await source.backups.create(out);
    const records = Object.values(made.manifest.counts).reduce((a, b) => a + b, 0);

    const target = dataFolder();
    expect(target.backups.status().restoreProgress).toEqual({ running: false, done: 0, total: 0 });
    let finished = false;
    const restoring = target.backups.prepareRestore(out).finally(() => {
      finished = true;
    });
    const seen: RestoreProgress[] = [];
    while (!finished) {
      seen.push(target.backups.status().restoreProgress);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const prepared = await restoring;
    prepared.discard();

    const during = seen.filter((p) => p.running);
    expect(during.length).toBeGreaterThan(2);
    expect(during.every((p) => p.total === records || p.total === 0)).toBe(true);
    const done = during.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.some((d) => d > 0 && d < records)).toBe(true);
    expect(done.at(-1)).toBe(records);
    expect(target.backups.status().restoreProgress.running).toBe(false);
  });
});
