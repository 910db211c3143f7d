// NUL and other C0 controls, U+FFFE/U+FFFF and bidirectional overrides never reach the database: they are
// stripped at the doors, the screen's calls (dispatch) and files from other offices (import, restore).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { hasForbiddenChars } from '../../../shared/text-safety';
import { openTestDb, tempDir, type TestDb } from '../../helpers/db';

/** NUL, a bell, U+FFFE, a right-to-left override, an isolate and a lone surrogate. */
const dirty = (text: string) => `\u0000${text.slice(0, 3)}\u0007\u202E${text.slice(3)}\uFFFE\u2066\uD800`;

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object')
    Object.entries(value).forEach(([k, v]) => (out.push(k), stringsIn(v, out)));
  return out;
}

/** "table.column = value" for every stored text holding a forbidden character (JSON columns decoded). */
function forbiddenIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const found: string[] = [];
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
    }[];
    for (const { name } of tables)
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[])
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string') continue;
          let texts = [value];
          if (/^[[{]/.test(value))
            try {
              texts = stringsIn(JSON.parse(value));
            } catch {
              // Not JSON: the text as it is.
            }
          if (texts.some(hasForbiddenChars))
            found.push(`${name}.${column} = ${JSON.stringify(value).slice(0, 80)}`);
        }
    return found;
  } finally {
    db.close();
  }
}

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('through dispatch', () => {
  let t: TestDb | undefined;
  afterEach(() => t?.close());

  it('names, titles, rich text, notes and the office profile are stored without them', async () => {
    t = openTestDb();
    t.services.exchange.import(demoExchange());
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as Record<string, unknown>;
    };
    const person = await call('people.get', { id: demoIds.nguyenDucTrung });
    const saved = await call('people.save', {
      ...person,
      fullName: dirty('Nguyễn Đức Trung'),
      notes: dirty('ghi chú'),
    });
    expect(saved.fullName).toBe('Nguyễn Đức Trung');
    const org = await call('organizations.get', { id: demoIds.duk });
    await call('organizations.save', {
      ...org,
      name: dirty(String(org.name)),
      headerLines: [dirty('ĐẢNG ỦY KHỐI')],
    });
    const meeting = (await call('meetings.get', { id: demoIds.meeting2021 })) as {
      attendees: Record<string, unknown>[];
      conclusions: Record<string, unknown>[];
    };
    await call('meetings.save', {
      ...meeting,
      title: dirty('Hội nghị tổng kết'),
      location: dirty('Hội trường'),
      minutes: paragraph(dirty('Biên bản')),
      attendees: meeting.attendees.map((a) => ({ ...a, position: dirty('Bí thư') })),
      attendeeGroups: [dirty('Đại diện các sở')],
      conclusions: meeting.conclusions.map((c) => ({ ...c, text: paragraph(dirty('Kết luận')) })),
    });
    const task = meeting.conclusions.find((c) => c.kind === 'task')!;
    await call('tasks.update', {
      conclusionId: task.id,
      note: { date: '2026-11-23', note: dirty('Đã làm') },
    });
    const profile = await call('settings.get', {});
    await call('settings.save', {
      ...profile,
      place: dirty('Nghệ An'),
      defaultRecipients: [dirty('Lưu: VT.')],
    });
    await call('documents.saveDraft', {
      ...(await call('documents.get', { id: demoIds.notice2021 })),
      summary: dirty('Kết luận'),
      recipients: [dirty('Như trên;')],
    });
    expect(forbiddenIn(t.file)).toEqual([]);
  });
});

describe('through files from other offices', () => {
  const quiet = { out: () => undefined, err: () => undefined, env: { SOHOP_USER_DATA: tempDir() } };

  it('an exchange file imported by the command line', async () => {
    const exchange = demoExchange() as {
      people: { fullName: string; notes?: string }[];
      organizations: { name: string }[];
      meetings: { title: string; minutes?: unknown }[];
    };
    exchange.people.forEach((p) => ((p.fullName = dirty(p.fullName)), (p.notes = dirty('ghi chú'))));
    exchange.organizations.forEach((o) => (o.name = dirty(o.name)));
    exchange.meetings.forEach(
      (m) => ((m.title = dirty(m.title)), (m.minutes = paragraph(dirty('Biên bản')))),
    );
    const file = path.join(tempDir(), 'bẩn.json');
    fs.writeFileSync(file, JSON.stringify(exchange));
    const db = path.join(tempDir(), 'so-hop.sqlite');
    expect(await runCli(['--db', db, 'import', file], quiet)).toBe(0);
    expect(forbiddenIn(db)).toEqual([]);
    const names = new Database(db, { readonly: true }).prepare('SELECT full_name FROM people').pluck().all();
    expect(names).toContain('Nguyễn Đức Trung');
  });

  it('a backup whose database holds them, restored by the command line', async () => {
    const source = path.join(tempDir(), 'so-hop.sqlite');
    expect(await runCli(['--db', source, 'demo'], quiet)).toBe(0);
    const raw = new Database(source);
    raw
      .prepare('UPDATE people SET full_name = ?, notes = ? WHERE id = ?')
      .run(dirty('Nguyễn Đức Trung'), dirty('x'), demoIds.nguyenDucTrung);
    raw
      .prepare('UPDATE meetings SET title = ?, minutes = ?')
      .run(dirty('Hội nghị'), JSON.stringify(paragraph(dirty('Biên bản'))));
    raw
      .prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('office.profile', ?)")
      .run(JSON.stringify({ place: dirty('Nghệ An'), defaultRecipients: [dirty('Lưu: VT.')] }));
    raw.close();
    expect(forbiddenIn(source)).not.toEqual([]);
    const backup = path.join(tempDir(), 'bẩn.sohop');
    expect(await runCli(['--db', source, 'backup', '--out', backup], quiet)).toBe(0);
    const target = path.join(tempDir(), 'so-hop.sqlite');
    expect(await runCli(['--db', target, 'init'], quiet)).toBe(0);
    expect(await runCli(['--db', target, 'restore', backup], quiet)).toBe(0);
    expect(forbiddenIn(target)).toEqual([]);
  });
});
