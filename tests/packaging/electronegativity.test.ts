// `npm run electronegativity` (CI) passes on the app with its documented false positives, and fails
// on a finding nobody accepted: a window without isolation or sandbox in a small project of its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db';

const script = path.resolve(import.meta.dirname, '..', '..', 'scripts', 'electronegativity.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const project = tempDir('so-hop-electronegativity-');
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('npm run electronegativity', () => {
  it('passes on Sổ Họp: every finding is one electronegativity.json explains', () => {
    const result = run();
    expect(result.stdout).toMatch(/5 findings, 5 accepted/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('fails on a new finding, and on an accepted one that went away', () => {
    fs.mkdirSync(path.join(project, 'main'));
    fs.writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ devDependencies: { electron: '45.4.1' } }),
    );
    fs.writeFileSync(
      path.join(project, 'main', 'window.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n',
    );
    fs.writeFileSync(
      path.join(project, 'electronegativity.json'),
      JSON.stringify({
        electronVersion: '45.4.1',
        scan: ['main', 'package.json'],
        excludeChecks: [{ check: 'AvailableSecurityFixesGlobalCheck', reason: 'offline' }],
        accepted: [
          { check: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', file: 'main/gone.js', reason: 'stale' },
        ],
      }),
    );
    const result = run(project);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/NEW FINDING: CONTEXT_ISOLATION_JS_CHECK main\/window\.js:2/);
    expect(result.stdout).toMatch(/NEW FINDING: SANDBOX_JS_CHECK main\/window\.js:2/);
    expect(result.stdout).toContain(
      'NO LONGER FOUND (remove from electronegativity.json): PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK main/gone.js',
    );
  }, 120_000);
});
