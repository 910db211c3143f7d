// Benchmark: an office's ten years (20,000 meetings by default). Prints timings of the import, the
// list queries the UI makes, and the full export. Run: npx tsx scripts/bench-data.ts [MEETINGS]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { createServices } from '../main/services';

const meetingCount = Number(process.argv[2] ?? 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-bench-'));
const db = openDatabase(path.join(dir, 'so-hop.sqlite'));
const services = createServices(db);

const organizations = Array.from({ length: 60 }, (_, i) => ({
  id: randomUUID(),
  name: `Sở ngành số ${i + 1} tỉnh Nghệ An`,
  family: i % 3 === 0 ? 'party' : 'state',
  symbol: `S${i + 1}`,
}));
const people = Array.from({ length: 800 }, (_, i) => ({
  id: randomUUID(),
  fullName: `Nguyễn Văn Cán Bộ ${i + 1}`,
}));
const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;
const text = (t: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});
const start = Date.parse('2016-01-04T08:00:00+07:00');
const meetings = Array.from({ length: meetingCount }, (_, i) => ({
  id: randomUUID(),
  title: `Hội nghị giao ban công tác tháng ${(i % 12) + 1} số ${i + 1} về cải cách hành chính`,
  kind: pick(['hoi-nghi', 'cuoc-hop', 'buoi-lam-viec', 'phien-hop'], i),
  startsAt: new Date(start + i * 4 * 3600_000).toISOString(),
  location: 'Trụ sở UBND tỉnh',
  organizerIds: [pick(organizations, i).id],
  attendees: Array.from({ length: 8 }, (_, j) => ({
    personId: pick(people, i * 8 + j).id,
    role: j === 0 ? 'chair' : 'attendee',
    position: `Giám đốc Sở ${j + 1}`,
  })),
  minutes: text('Nội dung biên bản cuộc họp '.repeat(40)),
  conclusions: Array.from({ length: 3 }, (_, j) => ({
    id: randomUUID(),
    order: j + 1,
    kind: j === 2 ? 'task' : 'direction',
    text: text(`Kết luận số ${j + 1}`),
    ...(j === 2
      ? {
          assignees: [{ organizationId: pick(organizations, i + 1).id, role: 'lead' }],
          dueDate: '2026-12-31',
          status: 'open',
        }
      : {}),
  })),
}));

function time<T>(label: string, run: () => T): T {
  const t0 = performance.now();
  const result = run();
  console.log(`${label.padEnd(58)} ${(performance.now() - t0).toFixed(1).padStart(9)} ms`);
  return result;
}

console.log(
  `Sổ Họp data benchmark: ${meetingCount} meetings, ${people.length} people, ${organizations.length} bodies`,
);
time('import (one transaction, validation included)', () =>
  services.exchange.import({ format: 'so-hop-exchange', version: 1, organizations, people, meetings }),
);
time('list: first page, newest first (100 rows)', () => services.meetings.list({ limit: 100 }));
time('list: one year (100 rows)', () => services.meetings.list({ year: 2020, limit: 100 }));
time('list: page at offset 10,000', () => services.meetings.list({ offset: 10_000, limit: 100 }));
time('list: accent-insensitive text "cai cach" (100 rows)', () =>
  services.meetings.list({ text: 'cai cach', limit: 100 }),
);
time('list: one organizer (100 rows)', () =>
  services.meetings.list({ organizerId: pick(organizations, 5).id }),
);
time('people: type-ahead "nguyen van can bo 7"', () => services.people.list({ text: 'nguyen van can bo 7' }));
time('people: directory first page, Vietnamese order, with titles', () =>
  services.people.list({ limit: 50 }),
);
time('people: type-ahead "nguyen" (every Nguyễn sorted)', () =>
  services.people.list({ text: 'nguyen', limit: 20 }),
);
time('get: one full meeting', () => services.meetings.get(pick(meetings, 777).id));
const exported = time('export: whole database', () => services.exchange.exportAll());
console.log(`exported JSON size: ${(JSON.stringify(exported).length / 1e6).toFixed(1)} MB`);
console.log(`database file size: ${(fs.statSync(path.join(dir, 'so-hop.sqlite')).size / 1e6).toFixed(1)} MB`);
closeDatabase(db);
fs.rmSync(dir, { recursive: true, force: true });
