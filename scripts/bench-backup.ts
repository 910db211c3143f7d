// Benchmark: backup and restore of an office's ten years (20,000 meetings by default), next to a plain
// `cp` of the same file and to the sqlite3 shell's `.backup`; then merging that backup into a new office
// (dry run and merge) and its dry run again over the same data, with how long the event loop was blocked
// at most (what the app's screen waits for). Run: npx tsx scripts/bench-backup.ts [MEETINGS]
// Backup contenders report their best of BENCH_RUNS runs (default 3).
// The sqlite3 comparison needs the shell (Debian/Ubuntu: apt-get install -y sqlite3); it is skipped without it.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBackupService } from '../main/backup';
import { createBackup } from '../main/backup/create';
import { rebuildFromBackup, rebuildFromBackupInSteps, swapInDatabase } from '../main/backup/restore';
import { assertIntact, closeCopy, openCopy } from '../main/backup/verify-copy';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { createServices } from '../main/services';

const meetingCount = Number(process.argv[2] ?? 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-bench-backup-'));
const databasePath = path.join(dir, 'so-hop.sqlite');

function generate(): unknown {
  const organizations = Array.from({ length: 60 }, (_, i) => ({
    id: randomUUID(),
    name: `Sở ngành số ${i + 1} tỉnh Nghệ An`,
    family: i % 3 === 0 ? 'party' : 'state',
  }));
  const people = Array.from({ length: 800 }, (_, i) => ({
    id: randomUUID(),
    fullName: `Nguyễn Văn Cán Bộ ${i + 1}`,
  }));
  const text = (t: string) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
  });
  const start = Date.parse('2016-01-04T08:00:00+07:00');
  const meetings = Array.from({ length: meetingCount }, (_, i) => ({
    id: randomUUID(),
    title: `Hội nghị giao ban công tác tháng ${(i % 12) + 1} số ${i + 1}`,
    kind: 'hoi-nghi',
    startsAt: new Date(start + i * 4 * 3_600_000).toISOString(),
    organizerIds: [organizations[i % 60]?.id],
    attendees: Array.from({ length: 8 }, (_, j) => ({
      personId: people[(i * 8 + j) % 800]?.id,
      role: 'attendee',
    })),
    minutes: text('Nội dung biên bản cuộc họp '.repeat(40)),
    conclusions: Array.from({ length: 3 }, (_, j) => ({
      id: randomUUID(),
      order: j + 1,
      kind: 'direction',
      text: text(`Kết luận ${j + 1}`),
    })),
  }));
  return { format: 'so-hop-exchange', version: 1, organizations, people, meetings };
}

/** Backup contenders run RUNS times and report their best: one busy moment of the machine is not the method's cost. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function time<T>(
  label: string,
  run: () => T | Promise<T>,
  runs = 1,
): Promise<{ ms: number; value: T }> {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await run();
    best = Math.min(best, performance.now() - t0);
  }
  const note = runs > 1 ? ` (best of ${runs})` : '';
  console.log(`${label.padEnd(56)} ${best.toFixed(0).padStart(8)} ms${note}`);
  return { ms: best, value };
}

const mb = (file: string) => `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`;

const db = openDatabase(databasePath);
await time(`generate and import ${meetingCount} meetings`, () =>
  createServices(db).exchange.import(generate()),
);
db.pragma('wal_checkpoint(TRUNCATE)');
console.log(`database file: ${mb(databasePath)}`);
fs.readFileSync(databasePath); // warm the page cache so every contender reads from memory

const cp = await time(
  'cp (plain file copy, not consistent while writing)',
  () => spawnSync('cp', [databasePath, path.join(dir, 'copy.sqlite')]),
  RUNS,
);
const cpSync = await time(
  'cp + sync (the copy made durable, as a backup is)',
  () => {
    spawnSync('cp', [databasePath, path.join(dir, 'copy2.sqlite')]);
    spawnSync('sync', ['-f', path.join(dir, 'copy2.sqlite')]);
  },
  RUNS,
);
const hasShell = spawnSync('sqlite3', ['-version']).status === 0;
if (hasShell)
  await time(
    'sqlite3 .backup',
    () => spawnSync('sqlite3', [databasePath, `.backup '${path.join(dir, 'shell.sqlite')}'`]),
    RUNS,
  );
else console.log('sqlite3 .backup                                      skipped (apt-get install -y sqlite3)');
const api = await time(
  'online backup API copy alone (db.backup)',
  () => db.backup(path.join(dir, 'api.sqlite')),
  RUNS,
);
// The floor under any verified backup: integrity_check of the copy (the same settings createBackup uses).
await time(
  'integrity_check of that copy alone',
  () => {
    const copy = openCopy(path.join(dir, 'api.sqlite'));
    try {
      assertIntact(copy);
    } finally {
      closeCopy(copy, path.join(dir, 'api.sqlite'));
    }
  },
  RUNS,
);
const plain = path.join(dir, 'plain.sohop');
const ours = await time(
  'Sổ Họp backup (API + integrity_check ∥ SHA-256 + fsync)',
  () => createBackup(db, plain),
  RUNS,
);
const encrypted = path.join(dir, 'encrypted.sohop');
await time(
  'Sổ Họp encrypted backup (+ scrypt, AES-256-GCM)',
  () => createBackup(db, encrypted, { passphrase: 'mật khẩu' }),
  RUNS,
);
closeDatabase(db);
console.log(
  `backup file: ${mb(plain)}; API copy / cp = ${(api.ms / cp.ms).toFixed(1)}x, / cp+sync = ${(api.ms / cpSync.ms).toFixed(1)}x; ` +
    `verified backup / cp = ${(ours.ms / cp.ms).toFixed(1)}x, / cp+sync = ${(ours.ms / cpSync.ms).toFixed(1)}x`,
);

const staged = path.join(dir, 'staged.sqlite');
let steps = 0;
await time('Sổ Họp restore: check and rebuild (plain, in steps)', () =>
  rebuildFromBackupInSteps(plain, staged, undefined, () => steps++),
);
console.log(`  (${steps} progress steps; the event loop got a turn after each)`);
await time('Sổ Họp restore: atomic swap', () => swapInDatabase(staged, databasePath));
const staged2 = path.join(dir, 'staged2.sqlite');
await time('Sổ Họp restore: check and rebuild (encrypted)', () =>
  rebuildFromBackup(encrypted, staged2, 'mật khẩu'),
);
await time('cp back (a restore by copying the file, unchecked)', () =>
  spawnSync('cp', [plain, path.join(dir, 'back.sqlite')]),
);

// Merge: the ten years into a new, empty office (everything is added), the way the app runs it.
const office = path.join(dir, 'office-b');
fs.mkdirSync(office);
const officeDb = openDatabase(path.join(office, 'so-hop.sqlite'));
const merging = createBackupService(createServices(officeDb), {
  databasePath: path.join(office, 'so-hop.sqlite'),
  dataDir: office,
});
const delay = monitorEventLoopDelay({ resolution: 10 });
async function blocking<T>(label: string, run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  delay.reset();
  delay.enable();
  const result = await time(label, run);
  // The last synchronous stretch (the merge's transaction) shows once a timer gets to run after it.
  await new Promise((resolve) => setTimeout(resolve, 30));
  delay.disable();
  console.log(`  (the event loop was blocked ${(delay.max / 1e6).toFixed(0)} ms at most)`);
  return result;
}
const preview = await blocking('Sổ Họp merge → new office: dry run (in steps)', () =>
  merging.previewMerge(plain),
);
await time('  same dry run straight through (CLI; the app before)', () => merging.planMerge(plain));
await blocking('Sổ Họp merge → new office: merge (steps + 1 transaction)', () =>
  merging.applyMerge(plain, undefined, preview.value.planId),
);
await blocking('Sổ Họp merge dry run over the same data (no changes)', () => merging.previewMerge(plain));
closeDatabase(officeDb);
fs.rmSync(dir, { recursive: true, force: true });
