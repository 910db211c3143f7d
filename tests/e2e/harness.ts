// Shared setup of the browser tests: the built renderer, the preview server over a temporary
// database, and Debian's Chromium driven by playwright-core.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers } from '../../main/ipc/handlers';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { openTestDb, type TestDb } from '../helpers/db';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const rendererOut = path.join(repoRoot, 'out', 'renderer');
export const chromiumPath = process.env.SOHOP_CHROMIUM ?? '/usr/bin/chromium';

/** Newest modification time of the files the renderer bundle is built from. */
function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of [
    'renderer',
    'shared',
    'electron.vite.config.ts',
    'scripts/vite-vietnamese-strings.ts',
    'package.json',
  ])
    visit(path.join(repoRoot, p));
  return newest;
}

/** Builds only the renderer, with the renderer part of electron.vite.config.ts, when it is stale. */
export function ensureRendererBuilt(): void {
  const index = path.join(rendererOut, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestSource()) return;
  const script = [
    "process.env.NODE_ENV_ELECTRON_VITE = 'production';",
    "const { resolveConfig } = await import('electron-vite');",
    "const { build } = await import('vite');",
    "const { config } = await resolveConfig({}, 'build', 'production');",
    "if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer');",
    'await build({ ...config.renderer, logLevel: "warn" });',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`renderer build failed:\n${run.stdout}\n${run.stderr}`);
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install -y chromium fonts-liberation2 fonts-noto-core`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export function servePreview(t: TestDb): Promise<PreviewServer> {
  return startPreviewServer({
    handlers: createHandlers(t.services, { version: '0.0.0-e2e', databasePath: t.file }),
    rendererDir: rendererOut,
    port: 0,
    token: crypto.randomBytes(24).toString('hex'),
  });
}

/** Collects page errors, failed responses and console errors (the test expects none). */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
}

export interface Preview {
  t: TestDb;
  server: PreviewServer;
  browser: Browser;
}

/** The built renderer served over a temporary database holding `exchange`, and Chromium to drive it. */
export async function startPreview(exchange: unknown): Promise<Preview> {
  ensureRendererBuilt();
  const t = openTestDb();
  let server: PreviewServer | undefined;
  try {
    t.services.exchange.import(exchange);
    server = await servePreview(t);
    return { t, server, browser: await launchChromium() };
  } catch (error) {
    await stopPreview({ t, server });
    throw error;
  }
}

/** Closes what `startPreview` opened (any part may be missing when it failed). */
export async function stopPreview({ t, server, browser }: Partial<Preview>): Promise<void> {
  await browser?.close();
  await server?.close();
  t?.close();
}

/** How long a step may wait for its condition: CI shares two cores with other work, so a click or a
 * text that comes in 2 s on an idle machine can take 20 s there. Tests wait for conditions, not time. */
export const E2E_WAIT_MS = 90_000;

/** A new Vietnamese page, 1360×900 unless told otherwise, whose problems go to `problems`. */
export async function newWatchedPage(
  browser: Browser,
  problems: string[],
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1360, height: 900 },
    locale: 'vi-VN',
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  page.setDefaultTimeout(E2E_WAIT_MS);
  watchProblems(page, problems);
  return page;
}

/** A new watched page on a meeting, once it shows its first tab (Thành phần). */
export async function openMeetingPage(
  browser: Browser,
  server: PreviewServer,
  problems: string[],
  meetingId: string,
): Promise<Page> {
  const page = await newWatchedPage(browser, problems);
  await page.goto(`${server.url}#/meetings/${meetingId}`);
  await page.getByRole('tab', { name: /Thành phần/, selected: true }).waitFor();
  return page;
}

export type { TestDb };
export { openTestDb };
