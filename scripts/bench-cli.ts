// Benchmark: the bundled command line (out/main/cli.js, what `npm run cli` and `SoHop.exe --cli` run)
// as whole processes — `check` on the demo database and `export-docx` of a 30-page biên bản — next to
// pandoc turning the same text into a DOCX, and next to the CLI run from TypeScript through tsx (as
// `npm run cli` did before). CPU time (user + system) of each process, from GNU time.
// Run: npm run bench:cli -- [RUNS]   (needs `apt-get install -y pandoc time`)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { loadDemo } from '../main/demo/load';
import { demoIds } from '../main/demo/seed-data';
import { generateFromMeeting } from '../main/documents';
import { createServices } from '../main/services';
import type { RichTextNode } from '../shared/rich-text';
import { ensureBuilt, outDir } from './ensure-built.mjs';

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
const repoRoot = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-bench-cli-'));
const dbFile = path.join(dir, 'so-hop.sqlite');
const PARAGRAPHS = 205; // 30 pages in LibreOffice (npm run bench:docx -- --pages)
const sentence =
  'Đồng chí Giám đốc Sở báo cáo tiến độ thực hiện nhiệm vụ, nêu khó khăn, vướng mắc trong giải phóng mặt bằng, đề xuất giải pháp tháo gỡ và kiến nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp; ';

/** The demo database with a 30-page biên bản drafted; the same text as Markdown for pandoc. */
function prepare(): { documentId: string; markdown: string } {
  const db = openDatabase(dbFile);
  try {
    const s = createServices(db);
    loadDemo(s);
    const content: RichTextNode[] = [];
    const markdown: string[] = ['# BIÊN BẢN HỘI NGHỊ', ''];
    for (let i = 0; i < PARAGRAPHS; i++) {
      if (i % 20 === 0) {
        const title = `Phần thảo luận ${i / 20 + 1}`;
        content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] });
        markdown.push(`## ${title}`, '');
      }
      const text = sentence.repeat(2).trim();
      content.push({
        type: 'paragraph',
        attrs: { textAlign: 'justify' },
        content: [
          { type: 'text', text: `Ý kiến ${i + 1}: `, marks: [{ type: 'bold' }] },
          { type: 'text', text },
        ],
      });
      markdown.push(`**Ý kiến ${i + 1}:** ${text}`, '');
    }
    const meeting = s.meetings.get(demoIds.meeting2015);
    s.meetings.save({ ...meeting, minutes: { type: 'doc', content } });
    return {
      documentId: generateFromMeeting(s, demoIds.meeting2015, 'minutes').id,
      markdown: markdown.join('\n'),
    };
  } finally {
    closeDatabase(db);
  }
}

/** CPU seconds (user + system) and wall seconds of one whole process. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync('/usr/bin/time', ['-f', 'SOHOP_TIME %U %S %e', command, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
  });
  const line = /SOHOP_TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || !line) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return { cpu: Number(line[1]) + Number(line[2]), wall: Number(line[3]) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface Series {
  label: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * Each series once, then `runs` rounds of every series in turn: on a shared machine the load changes
 * from minute to minute, and interleaving gives each series of a ratio the same share of it.
 * Returns the median CPU seconds of each series after its first run.
 */
function measureAll(all: Record<string, Series>): Record<string, number> {
  const entries = Object.entries(all);
  const first = new Map(entries.map(([key, s]) => [key, measure(s.command, s.args, s.env)]));
  const rest = new Map(entries.map(([key]) => [key, [] as { cpu: number; wall: number }[]]));
  for (let round = 0; round < runs; round++)
    for (const [key, s] of entries) rest.get(key)!.push(measure(s.command, s.args, s.env));
  const cpu: Record<string, number> = {};
  for (const [key, s] of entries) {
    const r = rest.get(key)!;
    cpu[key] = median(r.map((x) => x.cpu));
    console.log(
      `${s.label.padEnd(44)} first ${first.get(key)!.cpu.toFixed(2)} s CPU; then median ${cpu[key]!.toFixed(2)} s CPU, ${median(r.map((x) => x.wall)).toFixed(2)} s wall`,
    );
  }
  return cpu;
}

await ensureBuilt(['main']);
const { documentId, markdown } = prepare();
const mdFile = path.join(dir, 'bien-ban.md');
fs.writeFileSync(mdFile, markdown);
const node = process.execPath;
const cli = path.join(outDir, 'main', 'cli.js');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cacheDir = path.join(dir, 'compile-cache');
const env = { ...process.env, NODE_COMPILE_CACHE: cacheDir };
const noCacheEnv = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
console.log(
  `node ${process.version}, pandoc ${execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]}, ${runs} rounds after a first, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const out = path.join(dir, 'bien-ban.docx');
const exportArgs = ['--db', dbFile, 'export-docx', '--document', documentId, '--out', out];
const cpu = measureAll({
  check: {
    label: 'bundled CLI: check (demo database)',
    command: node,
    args: [cli, '--db', dbFile, 'check'],
    env,
  },
  checkTsx: {
    label: 'tsx CLI (before): check',
    command: node,
    args: [tsx, 'main/cli/index.ts', '--db', dbFile, 'check'],
  },
  exported: {
    label: 'bundled CLI: export-docx (30-page biên bản)',
    command: node,
    args: [cli, ...exportArgs],
    env,
  },
  exportedTsx: {
    label: 'tsx CLI (before): export-docx',
    command: node,
    args: [tsx, 'main/cli/index.ts', ...exportArgs],
  },
  pandoc: {
    label: 'pandoc: the same text, Markdown → DOCX',
    command: 'pandoc',
    args: [mdFile, '-o', path.join(dir, 'pandoc.docx')],
  },
  noCache: {
    label: 'bundled CLI: export-docx, no compile cache',
    command: node,
    args: [cli, ...exportArgs],
    env: noCacheEnv,
  },
});
const ratio = (key: string) => (cpu[key]! / cpu.pandoc!).toFixed(2);
console.log('');
console.log(
  `CPU ratio export-docx / pandoc: bundled ${ratio('exported')} (no compile cache ${ratio('noCache')}), tsx ${ratio('exportedTsx')}`,
);
console.log(`CPU ratio check / pandoc:       bundled ${ratio('check')}, tsx ${ratio('checkTsx')}`);
console.log(
  `load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
fs.rmSync(dir, { recursive: true, force: true });
