// A merge's dry run and real run read and validate the other office's file a chunk of records at a time,
// giving the event loop a turn in between: backup.status (what the UI polls) answers meanwhile and tells
// how far the check is, up to every pass over the file's records.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePlanSteps } from '../../../main/backup/merge';
import { runSteps } from '../../../main/backup/steps';
import type { RestoreProgress } from '../../../shared/backup';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders, type DataFolder } from './fixtures';

const dataFolder = trackDataFolders();

/** The demo office plus 2,500 meetings: a few chunks of records in every pass. */
function bigOffice(): DataFolder {
  const folder = dataFolder();
  fillWithDemo(folder);
  const organizer = folder.services.ctx.repos.organizations.all()[0]?.id ?? '';
  const start = Date.parse('2020-01-06T08:00:00+07:00');
  folder.services.exchange.import({
    format: 'so-hop-exchange',
    version: 1,
    meetings: Array.from({ length: 2_500 }, (_, i) => ({
      id: randomUUID(),
      title: `Giao ban tuần số ${i + 1}`,
      kind: 'cuoc-hop',
      startsAt: new Date(start + i * 86_400_000).toISOString(),
      organizerIds: [organizer],
    })),
  });
  return folder;
}

/** Runs `work`, reading backup.status after every turn of the event loop until it ends. */
async function watch<T>(folder: DataFolder, work: () => Promise<T>) {
  let finished = false;
  const running = work().finally(() => {
    finished = true;
  });
  const seen: RestoreProgress[] = [];
  while (!finished) {
    seen.push(folder.backups.status().restoreProgress);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const value = await running;
  // The last progress report and the answer may arrive in one turn: the status kept after the job has it.
  seen.push(folder.backups.status().restoreProgress);
  return { value, during: seen.filter((p) => p.running), last: seen[seen.length - 1] };
}

function expectRisingTo(
  { during, last }: { during: RestoreProgress[]; last?: RestoreProgress },
  total: number,
): void {
  expect(during.length).toBeGreaterThan(4);
  expect(during.every((p) => p.total === total || p.total === 0)).toBe(true);
  const done = during.map((p) => p.done);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(done.filter((d) => d > 0 && d < total).length).toBeGreaterThan(4);
  expect(done.at(-1)).toBeLessThanOrEqual(total);
  expect(last).toMatchObject({ running: false, done: total, total });
}

describe('merge progress', () => {
  it('is reported by backup.status while a dry run and then the merge of a backup run', async () => {
    const source = bigOffice();
    const file = path.join(tempDir(), 'văn phòng A.sohop');
    const made = await source.backups.create(file);
    const records = Object.values(made.manifest.counts).reduce((a, b) => a + b, 0);
    expect(records).toBeGreaterThan(2_500);

    const target = dataFolder();
    fillWithDemo(target);
    const before = target.exported();
    const preview = await watch(target, () => target.backups.previewMerge(file));
    expect(target.exported()).toBe(before);
    // Two passes to check, rebuild and read the backup back, two to validate its records.
    expectRisingTo(preview, 4 * records);
    expect(preview.during.every((p) => p.phase === 'merge-check')).toBe(true);
    expect(target.backups.status().restoreProgress).toMatchObject({ running: false, phase: 'merge-check' });
    // The worker's plan is the one the same steps make straight through in this thread.
    const straight = runSteps(
      mergePlanSteps(target.services, file, path.join(target.dataDir, 'tmp'), undefined),
    );
    expect(preview.value).toEqual(straight.plan);
    expect(preview.value.counts.added.meetings).toBe(2_500);

    const applied = await watch(target, () =>
      target.backups.applyMerge(file, undefined, preview.value.planId),
    );
    expectRisingTo(applied, 4 * records);
    expect(applied.during.every((p) => p.phase === 'merge-apply')).toBe(true);
    expect(applied.value.report).toEqual(preview.value.counts);
    expect(target.services.ctx.repos.meetings.allIds()).toHaveLength(
      source.services.ctx.repos.meetings.allIds().length,
    );
    expect(target.backups.status().restoreProgress.running).toBe(false);
  });

  it('counts the two validation passes of an exchange file, and plans it as the same data in a backup', async () => {
    const source = bigOffice();
    const json = path.join(tempDir(), 'trao đổi.json');
    fs.writeFileSync(json, JSON.stringify(source.services.exchange.exportAll()));
    const backup = path.join(tempDir(), 'sao lưu.sohop');
    await source.backups.create(backup);
    const exported = source.services.exchange.exportAll();
    const records = [
      exported.organizations,
      exported.people,
      exported.meetings,
      exported.programmes,
      exported.documents,
    ].reduce((n, list) => n + (list?.length ?? 0), 0);

    const target = dataFolder();
    const preview = await watch(target, () => target.backups.previewMerge(json));
    expectRisingTo(preview, 2 * records);
    const fromBackup = await target.backups.previewMerge(backup);
    expect(fromBackup.items).toEqual(preview.value.items);
    expect(fromBackup.planId).toBe(preview.value.planId);
  });
});
