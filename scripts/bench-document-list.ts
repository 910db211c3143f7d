// `npx tsx scripts/bench-document-list.ts [N]`: the Văn bản list over N issued documents (20,000 by
// default, about twenty years of a busy office): the first page, filters, and a search by printed
// number or summary (read in order and matched in main). Prints the median of 7 runs of each query.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { demoExchange, demoIds } from '../main/demo/seed-data';
import { createServices } from '../main/services';
import type { DocumentListQuery } from '../shared/domain';

const count = Number(process.argv[2] ?? 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-bench-list-'));
const db = openDatabase(path.join(dir, 'bench.sqlite'));
const s = createServices(db);
s.exchange.import(demoExchange());

const issuers = [demoIds.vpub, demoIds.ubnd, demoIds.hdnd];
const types = ['conclusion-notice', 'plan', 'report', 'official-letter'] as const;
const seeded = Date.now();
db.transaction(() => {
  for (let i = 0; i < count; i++) {
    const year = 2007 + (i % 20);
    s.ctx.repos.documents.upsert({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      updatedAt: `${year}-06-01T09:00:00+07:00`,
      type: types[i % types.length]!,
      status: 'issued',
      issuerIds: [issuers[i % issuers.length]!],
      number: Math.floor(i / 60) + 1,
      issuedOn: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      summary: `Kết luận của đồng chí Chủ tịch về công tác cải cách hành chính, chuyển đổi số số ${i}`,
      body: { type: 'doc', content: [] },
      recipients: ['Sở Nội vụ;', 'Lưu: VT.'],
    });
  }
})();
console.log(`${count.toLocaleString('en')} documents written in ${Date.now() - seeded} ms`);

function time(label: string, query: DocumentListQuery): void {
  const runs: number[] = [];
  let total = 0;
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    total = s.documents.list({ limit: 50, ...query }).total;
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${runs[3]!.toFixed(1).padStart(7)} ms  (${total} found)`);
}

time('first page, by date', {});
time('first page, by number', { sort: 'number', order: 'asc' });
time('year + type + issuer', { year: 2020, type: 'plan', issuerId: demoIds.ubnd });
time('search printed number "05/TB-VPUB"', { text: '05/TB-VPUB' });
time('search summary without accents', { text: 'cai cach hanh chinh so 1234' });
time('search + year filter', { text: 'chuyen doi so', year: 2020 });
time('usual recipients of an issuer', {}); // warm-up of the next line's statements
const start = process.hrtime.bigint();
s.documents.usualRecipients(demoIds.vpub);
console.log(
  `usual recipients (${Math.round(count / 3)} documents)       ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)} ms`,
);
closeDatabase(db);
fs.rmSync(dir, { recursive: true, force: true });
