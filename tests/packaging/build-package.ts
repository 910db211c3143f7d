// Packs the app with electron-builder itself and electron-builder.yml, as `npm run dist:win` does,
// for the platform that runs here: a Linux folder build (`--linux dir`), which needs no Windows tool
// and no download. Instead of Electron (which cannot be downloaded here) it is given a stand-in
// Electron folder: an "executable" carrying Electron 45's fuse wire in its default state, so the
// afterPack hook's fuses can be read back, and a few Chromium locales.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/ensure-built.mjs';
const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** @electron/fuses finds the wire after this sentinel: version 1, 8 fuses, Electron's defaults. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '10110001';
export const STUB_LOCALES = ['vi', 'en-US', 'fr', 'zh-CN'];

function stubElectronDist(dir: string): void {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('stand-in for the Electron executable\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  for (const locale of STUB_LOCALES) fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), locale);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(dir, 'version'), '45.4.1');
}

export interface LinuxPackage {
  appOutDir: string;
  resources: string;
  asar: string;
  executable: string;
  log: string;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, CI: 'true' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Builds out/ when stale, then packs it into `workDir/release/linux-unpacked`. */
export async function buildLinuxPackage(workDir: string): Promise<LinuxPackage> {
  await ensureBuilt(['main', 'preload', 'renderer']);
  const electronDist = path.join(workDir, 'electron-dist');
  stubElectronDist(electronDist);
  const release = path.join(workDir, 'release');
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const { code, output } = await run(process.execPath, [
    cli,
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${release}`,
  ]);
  if (code !== 0) throw new Error(`electron-builder failed (${code}):\n${output}`);
  const appOutDir = path.join(release, 'linux-unpacked');
  const resources = path.join(appOutDir, 'resources');
  return {
    appOutDir,
    resources,
    asar: path.join(resources, 'app.asar'),
    executable: path.join(appOutDir, 'SoHop'),
    log: output,
  };
}
