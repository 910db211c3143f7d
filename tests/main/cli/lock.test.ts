// Only one process writes a database: every command that opens it for writing takes its lock first, or
// refuses with E_DB_LOCKED and changes nothing. Reading commands still work while the app holds it.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { acquireDatabaseLock } from '../../../main/db/lock';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { tempDir } from '../../helpers/db';

const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'exchange-2019-programme.json');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { SOHOP_USER_DATA: tempDir() },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const meetingCount = async (db: string) =>
  (JSON.parse((await cli('--db', db, 'export-json')).out) as { meetings: unknown[] }).meetings.length;

describe('a command that writes while another process holds the database', () => {
  const writers: [string, string[]][] = [
    ['import', ['import', fixture]],
    ['demo', ['demo']],
    ['init', ['init']],
  ];
  it.each(writers)('%s refuses with E_DB_LOCKED and changes nothing', async (_, args) => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    expect((await cli('--db', db, 'init')).code).toBe(0);
    const lock = acquireDatabaseLock(db);
    try {
      const result = await cli('--db', db, ...args);
      expect([result.code, result.err.split(':')[0]]).toEqual([1, 'E_DB_LOCKED']);
      expect(result.err).toContain('đang được');
    } finally {
      lock.release();
    }
    expect(await meetingCount(db)).toBe(0);
    expect((await cli('--db', db, 'check')).code).toBe(0);
    expect((await cli('--db', db, ...args)).code).toBe(0);
  });

  it('a new database is not created while its lock is held', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    const lock = acquireDatabaseLock(db);
    try {
      expect((await cli('--db', db, 'import', fixture)).err).toMatch(/^E_DB_LOCKED: /);
      expect(fs.existsSync(db)).toBe(false);
    } finally {
      lock.release();
    }
  });

  it('export-json, export-docx and search still read it', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    expect((await cli('--db', db, 'demo')).code).toBe(0);
    const lock = acquireDatabaseLock(db);
    try {
      expect(await meetingCount(db)).toBe(4);
      const docx = path.join(tempDir(), 'tb.docx');
      expect(
        (await cli('--db', db, 'export-docx', '--document', demoIds.notice2021, '--out', docx)).code,
      ).toBe(0);
      expect(fs.statSync(docx).size).toBeGreaterThan(0);
      expect((await cli('--db', db, 'search', 'tong ket cong tac xay dung dang')).out).toContain(
        'Cuộc họp: 1',
      );
    } finally {
      lock.release();
    }
  });
});

/** An exchange file of `count` new meetings, large enough that its import takes a while. */
function exchangeFile(count: number, label: string): string {
  const demo = demoExchange() as { organizations: { id: string }[] };
  const organizerIds = [demo.organizations[0]?.id];
  const people = Array.from({ length: 50 }, (_, i) => ({ id: randomUUID(), fullName: `${label} ${i + 1}` }));
  const meetings = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    title: `${label}: cuộc họp số ${i + 1}`,
    kind: 'cuoc-hop',
    startsAt: new Date(Date.parse('2016-01-04T08:00:00+07:00') + i * 3_600_000).toISOString(),
    organizerIds,
    attendees: people.slice(0, 5).map((p) => ({ personId: p.id, role: 'attendee' })),
    conclusions: [{ id: randomUUID(), order: 1, kind: 'direction', text: { type: 'doc', content: [] } }],
  }));
  const file = path.join(tempDir(), `${label}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: 'so-hop-exchange',
      version: 1,
      organizations: demo.organizations,
      people,
      meetings,
    }),
  );
  return file;
}

function spawnCli(...args: string[]): Promise<{ code: number | null; err: string }> {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'main/cli/index.ts', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('two imports started at once as real processes', () => {
  it('one refuses with E_DB_LOCKED or waits its turn; each is all or nothing; check passes', async () => {
    const db = path.join(tempDir(), 'so-hop.sqlite');
    expect((await cli('--db', db, 'init')).code).toBe(0);
    const COUNT = 3000;
    const files = [exchangeFile(COUNT, 'Văn phòng A'), exchangeFile(COUNT, 'Văn phòng B')];
    const results = await Promise.all(files.map((file) => spawnCli('--db', db, 'import', file)));
    for (const r of results) {
      if (r.code !== 0) expect([r.code, r.err.split(':')[0]]).toEqual([1, 'E_DB_LOCKED']);
    }
    const succeeded = results.filter((r) => r.code === 0).length;
    console.info(`two imports at once: ${succeeded} succeeded, ${2 - succeeded} refused`);
    expect(succeeded).toBeGreaterThanOrEqual(1);
    expect((await cli('--db', db, 'check')).code).toBe(0);
    expect(await meetingCount(db)).toBe(succeeded * COUNT);
  }, 120_000);
});
