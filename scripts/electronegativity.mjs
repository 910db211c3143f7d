// `npm run electronegativity` (run by .ci/run): Doyensec's Electronegativity over the app's sources,
// offline, compared with the findings electronegativity.json accepts (each with the reason it is a
// false positive). Exits 1 on any other finding, and on an accepted one that no longer occurs.
// `node scripts/electronegativity.mjs DIR` checks another project folder (the script's own test).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'electronegativity.json'), 'utf8'));
const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');

// Electronegativity fetches translations and Electron's release list from the internet; there is
// none here (nor in CI). Its HTTP client answers "offline" at once instead, so nothing leaves the machine.
const gotPath = createRequire(runnerPath).resolve('got');
const offline = () => Promise.reject(new Error('offline: Sổ Họp runs Electronegativity without network'));
offline.head = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
const run = require(runnerPath);

// Only the app's own sources: not the tests' stand-ins, nor bundles built from these same files.
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-electronegativity-'));
for (const entry of config.scan)
  fs.cpSync(path.join(repoRoot, entry), path.join(stage, entry), { recursive: true });

const log = console.log;
console.log = () => undefined; // its notes about the missing network
let result;
try {
  result = await run({
    input: stage,
    isRelative: true,
    customScan: [],
    excludeFromScan: config.excludeChecks.map((c) => c.check),
    electronVersionOverride: config.electronVersion,
    parserPlugins: [],
  });
} finally {
  console.log = log;
  fs.rmSync(stage, { recursive: true, force: true });
}

const keyOf = (check, file) => `${check} ${file}`;
const accepted = new Map(config.accepted.map((a) => [keyOf(a.check, a.file), a]));
const seen = new Set();
const fresh = [];
for (const issue of result.issues) {
  const file = issue.file.replaceAll('\\', '/');
  const key = keyOf(issue.id, file);
  if (accepted.has(key)) seen.add(key);
  else
    fresh.push(`${issue.id} ${file}:${issue.location.line}:${issue.location.column} — ${issue.description}`);
}
const stale = [...accepted.keys()].filter((key) => !seen.has(key));
for (const error of result.errors)
  if (!error.tolerable) fresh.push(`could not parse ${error.file}: ${error.message}`);

console.log(
  `Electronegativity ${require('@doyensec/electronegativity/package.json').version}: ` +
    `${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings, ` +
    `${seen.size} accepted in electronegativity.json.`,
);
for (const line of fresh) console.log(`NEW FINDING: ${line}`);
for (const key of stale) console.log(`NO LONGER FOUND (remove from electronegativity.json): ${key}`);
process.exitCode = fresh.length > 0 || stale.length > 0 ? 1 : 0;
