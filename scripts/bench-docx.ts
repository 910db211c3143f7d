// Benchmark: the export time of a 30-page biên bản (the heaviest document an office makes).
// Run: npx tsx scripts/bench-docx.ts [PARAGRAPHS]   (add --pages to count the pages with LibreOffice)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { demoIds } from '../main/demo/seed-data';
import { exportDocx, generateFromMeeting } from '../main/documents';
import { loadReferenceSamples } from '../main/documents/samples';
import { createServices } from '../main/services';
import type { RichTextNode } from '../shared/rich-text';

const paragraphCount = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 205);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-bench-docx-'));
const db = openDatabase(path.join(dir, 'so-hop.sqlite'));
try {
  const s = createServices(db);
  loadReferenceSamples(s);
  const sentence =
    'Đồng chí Giám đốc Sở báo cáo tiến độ thực hiện nhiệm vụ, nêu khó khăn, vướng mắc trong giải phóng mặt bằng, đề xuất giải pháp tháo gỡ và kiến nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp; ';
  const content: RichTextNode[] = [];
  for (let i = 0; i < paragraphCount; i++) {
    if (i % 20 === 0)
      content.push({
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: `Phần thảo luận ${i / 20 + 1}` }],
      });
    content.push({
      type: 'paragraph',
      attrs: { textAlign: 'justify' },
      content: [
        { type: 'text', text: `Ý kiến ${i + 1}: `, marks: [{ type: 'bold' }] },
        { type: 'text', text: sentence.repeat(2).trim() },
      ],
    });
  }
  const meeting = s.meetings.get(demoIds.meeting2015);
  s.meetings.save({ ...meeting, minutes: { type: 'doc', content } });
  const draft = generateFromMeeting(s, demoIds.meeting2015, 'minutes');

  await exportDocx(s.ctx, draft.id); // warm-up: module loading and JIT
  // Wall time, and the process's CPU time (user + system, garbage collection included) of each export:
  // on a shared machine the wall time counts the waits for a core, the CPU time does not.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    bytes = (await exportDocx(s.ctx, draft.id)).length;
    const cpu = process.cpuUsage(cpu0);
    times.push(performance.now() - t0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  console.log(
    `biên bản of ${paragraphCount} paragraphs (${bytes} bytes): median ${times[5]!.toFixed(0)} ms, worst ${times[9]!.toFixed(0)} ms; CPU median ${cpuTimes[5]!.toFixed(0)} ms, worst ${cpuTimes[9]!.toFixed(0)} ms; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (process.argv.includes('--pages')) {
    const file = path.join(dir, 'bench.docx');
    fs.writeFileSync(file, await exportDocx(s.ctx, draft.id));
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
    });
    const pages =
      fs.readFileSync(path.join(dir, 'bench.pdf'), 'latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`LibreOffice lays it out on ${pages} pages`);
  }
} finally {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
}
