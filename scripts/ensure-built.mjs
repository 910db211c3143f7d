// Builds a part of the app (electron.vite.config.ts: main, preload, renderer) into out/ only when one
// of its sources is newer than its output. Used by `npm run cli` (main) and the packaging test (all).
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');
export const outDir = path.join(repoRoot, 'out');

const common = ['shared', 'electron.vite.config.ts', 'package.json'];
const parts = {
  main: { outputs: ['main/index.js', 'main/cli.js'], sources: ['main', 'resources/demo', ...common] },
  preload: { outputs: ['preload/preload.cjs'], sources: ['main/preload.ts', ...common] },
  renderer: { outputs: ['renderer/index.html'], sources: ['renderer', ...common] },
};

function newestSource(sources) {
  let newest = 0;
  const visit = (p) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of sources) visit(path.join(repoRoot, p));
  return newest;
}

function isFresh({ outputs, sources }) {
  const files = outputs.map((name) => path.join(outDir, name));
  if (!files.every((file) => fs.existsSync(file))) return false;
  return Math.min(...files.map((file) => fs.statSync(file).mtimeMs)) >= newestSource(sources);
}

/** @param {Array<'main' | 'preload' | 'renderer'>} names */
export async function ensureBuilt(names) {
  const stale = names.filter((name) => !isFresh(parts[name]));
  if (stale.length === 0) return;
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const cwd = process.cwd();
  process.chdir(repoRoot);
  try {
    const { config } = await resolveConfig({}, 'build', 'production');
    for (const name of stale) {
      const part = config?.[name];
      if (!part) throw new Error(`electron.vite.config.ts has no ${name} part`);
      await build({ ...part, logLevel: 'warn' });
    }
  } finally {
    process.chdir(cwd);
  }
}
