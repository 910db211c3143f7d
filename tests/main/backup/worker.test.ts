// The long backup jobs run on the backup worker thread with their own connections: they go on while this
// thread (the app's, which pumps the window) does not give its event loop a single turn, and a backup
// copies one consistent state of the database while this thread keeps writing to it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders, type DataFolder } from './fixtures';

const dataFolder = trackDataFolders();

function addMeetings(folder: DataFolder, count: number): void {
  const organizer = folder.services.ctx.repos.organizations.all()[0]?.id ?? '';
  folder.services.exchange.import({
    format: 'so-hop-exchange',
    version: 1,
    meetings: Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      title: `Giao ban tuần số ${i + 1}`,
      kind: 'cuoc-hop',
      startsAt: new Date(Date.parse('2020-01-06T08:00:00+07:00') + i * 86_400_000).toISOString(),
      organizerIds: [organizer],
    })),
  });
}

/** Spins this thread, never yielding, until `done()` or a generous bound; returns whether `done()` came true. */
function spinUntil(done: () => boolean): boolean {
  const giveUpAt = Date.now() + 120_000;
  while (Date.now() < giveUpAt) if (done()) return true;
  return false;
}

describe('the backup worker thread', () => {
  it("checks and rebuilds a file for a restore while this thread's event loop is stopped", async () => {
    const source = dataFolder();
    fillWithDemo(source);
    addMeetings(source, 1_500);
    const file = path.join(tempDir(), 'nguồn.sohop');
    await source.backups.create(file);

    const target = dataFolder();
    const dir = path.dirname(target.databasePath);
    const restoring = target.backups.prepareRestore(file);
    // The rebuilt database appears beside the live one and fills up, though this thread never yields.
    const rebuilding = () =>
      fs.readdirSync(dir).some((name) => {
        if (!name.includes('.restore-')) return false;
        try {
          return fs.statSync(path.join(dir, name)).size > 1024 * 1024;
        } catch {
          return false;
        }
      });
    expect(spinUntil(rebuilding)).toBe(true);
    const prepared = await restoring;
    expect(prepared.description.counts.meetings).toBe(source.services.ctx.repos.meetings.allIds().length);
    prepared.discard();
  });

  it('backs up one consistent state while this thread keeps writing', async () => {
    const folder = dataFolder();
    fillWithDemo(folder);
    addMeetings(folder, 2_000);
    const before = folder.services.ctx.repos.people.all().length;
    const out = path.join(tempDir(), 'trong lúc ghi.sohop');
    let finished = false;
    const backingUp = folder.backups.create(out).finally(() => (finished = true));
    let written = 0;
    while (!finished) {
      folder.services.people.save({ id: randomUUID(), fullName: `Cán bộ thêm ${++written}` });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const made = await backingUp;
    expect(written).toBeGreaterThan(0);
    // What the manifest counted is what the file holds (a restore's check compares the two), somewhere
    // between the state before the writes and after them.
    const info = await folder.backups.inspect(out);
    expect(info.counts).toEqual(made.manifest.counts);
    expect(info.counts.people).toBeGreaterThanOrEqual(before);
    expect(info.counts.people).toBeLessThanOrEqual(before + written);
  });
});
