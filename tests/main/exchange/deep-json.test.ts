// JSON nested 10,000 deep (an exchange file, or a call from the screen) is refused as bad input with
// E_TOO_DEEP, never a stack overflow reported as E_INTERNAL; nothing is written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { cleanDeep } from '../../../shared/vietnamese';
import { openTestDb, tempDir, type TestDb } from '../../helpers/db';

const DEPTH = 10_000;
const nestedArrays = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const nestedMinutes = `${'{"type":"doc","content":['.repeat(DEPTH)}${']}'.repeat(DEPTH)}`;

/** Exchange files with the deep part where the schema reads it, and where it ignores it. */
const deepFiles: [string, string][] = [
  [
    'in rich text',
    `{"format":"so-hop-exchange","version":1,"meetings":[{"id":"${demoIds.meeting2015}","title":"Họp",
      "kind":"cuoc-hop","startsAt":"2024-01-11T14:00:00+07:00","organizerIds":["${demoIds.duk}"],
      "minutes":${nestedMinutes}}]}`,
  ],
  [
    'under a key the format does not know',
    `{"format":"so-hop-exchange","version":1,"organizations":[{"id":"${demoIds.duk}","name":"Đảng ủy Khối",
      "family":"party","extra":${nestedArrays}}]}`,
  ],
  ['in place of a collection', `{"format":"so-hop-exchange","version":1,"people":${nestedArrays}}`],
];

function spawnCli(...args: string[]) {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  return spawnSync(process.execPath, [tsx, 'main/cli/index.ts', ...args], { encoding: 'utf8' });
}

describe('an exchange file nested 10,000 deep', () => {
  it.each(deepFiles)(
    '%s: import refuses it with exit 2 and E_TOO_DEEP, the database unchanged',
    async (_, text) => {
      const db = path.join(tempDir(), 'so-hop.sqlite');
      const file = path.join(tempDir(), 'sâu.json');
      fs.writeFileSync(file, text);
      const io = { out: () => undefined, err: () => undefined, env: { SOHOP_USER_DATA: tempDir() } };
      expect(await runCli(['--db', db, 'demo'], io)).toBe(0);
      const result = spawnCli('--db', db, 'import', file);
      expect([result.status, result.stderr.split(':')[0]]).toEqual([2, 'E_TOO_DEEP']);
      expect(result.stderr).toContain('lồng nhau quá sâu');
      const merged = spawnCli('--db', db, 'merge', file, '--dry-run');
      expect([merged.status, merged.stderr.split(':')[0]]).toEqual([2, 'E_TOO_DEEP']);
      expect(spawnCli('--db', db, 'check').status).toBe(0);
    },
  );
});

describe('a call from the screen nested 10,000 deep', () => {
  let t: TestDb | undefined;
  afterEach(() => t?.close());

  it('meetings.save through dispatch answers E_TOO_DEEP and writes nothing', async () => {
    t = openTestDb();
    t.services.exchange.import(demoExchange());
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const meeting = t.services.meetings.get(demoIds.meeting2015);
    const result = await dispatch(handlers, 'meetings.save', {
      ...meeting,
      minutes: JSON.parse(nestedMinutes) as unknown,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'E_TOO_DEEP' } });
    expect(t.services.meetings.get(demoIds.meeting2015)).toEqual(meeting);
  });
});

describe('cleanDeep', () => {
  it('keeps the depth of real data (rich text 48 nodes deep inside a file) and normalizes it', () => {
    let node: unknown = { type: 'text', text: 'Nghe\u0323 An' };
    for (let i = 0; i < 48; i++) node = { type: 'bulletList', content: [node] };
    const file = { meetings: [{ minutes: node }] };
    expect(JSON.stringify(cleanDeep(file))).toBe(JSON.stringify(file).normalize('NFC'));
  });
});
