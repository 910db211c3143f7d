// `npm run gen:data -- --years 10 [--out FILE] [--seed N] [--meetings-per-year N] [--minutes-words N]`:
// an office's ten years (by default 20,000 meetings, 400,000 attendances, 100,000 conclusions, minutes of
// 3,000 words, a thông báo kết luận for a third of the meetings), written to a new database file through
// the exchange import, the search index included. Deterministic: the same options give the same data.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { createServices } from '../main/services';
import { loadOffice } from './data/load';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    out: { type: 'string' },
    seed: { type: 'string' },
    'meetings-per-year': { type: 'string' },
    'minutes-words': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const years = Number(values.years);
const out = path.resolve(values.out ?? path.join('bench-data', `office-${years}y.sqlite`));
if (fs.existsSync(out) && !values.force) {
  console.error(`${out} đã có. Thêm --force để tạo lại.`);
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(out + suffix, { force: true });
const db = openDatabase(out);
const services = createServices(db, { now: () => '2026-01-15T09:00:00+07:00' });
const started = performance.now();
const counts = loadOffice(
  services,
  {
    years,
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    ...(values['meetings-per-year'] ? { meetingsPerYear: Number(values['meetings-per-year']) } : {}),
    ...(values['minutes-words'] ? { minutesWords: Number(values['minutes-words']) } : {}),
  },
  (c) =>
    process.stderr.write(`\r${c.meetings} cuộc họp, ${((performance.now() - started) / 1000).toFixed(0)} s`),
);
process.stderr.write('\n');
closeDatabase(db);
console.log(
  JSON.stringify(
    {
      file: out,
      seconds: Math.round((performance.now() - started) / 1000),
      bytes: fs.statSync(out).size,
      ...counts,
    },
    null,
    2,
  ),
);
