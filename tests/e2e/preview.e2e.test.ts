// The real renderer in a real browser (Debian chromium through playwright-core) against the real
// services, served by the preview server. Chromium must be installed: this test never skips.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/ipc/handlers';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { openTestDb, readFixture, tempDir, type TestDb } from '../helpers/db';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererOut = path.join(repoRoot, 'out', 'renderer');
const chromiumPath = process.env.SOHOP_CHROMIUM ?? '/usr/bin/chromium';
const MEETING_TITLE = 'Buổi làm việc thống nhất chương trình phối hợp năm 2019';

/** Newest modification time of the files the renderer bundle is built from. */
function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'])
    visit(path.join(repoRoot, p));
  return newest;
}

/** Builds only the renderer, with the renderer part of electron.vite.config.ts, when it is stale. */
function ensureRendererBuilt(): void {
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

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install -y chromium fonts-liberation2 fonts-noto-core`,
    );
  ensureRendererBuilt();
  t = openTestDb();
  t.services.exchange.import(readFixture('exchange-2019-programme.json'));
  server = await startPreviewServer({
    handlers: createHandlers(t.services, { version: '0.0.0-e2e', databasePath: t.file }),
    rendererDir: rendererOut,
    port: 0,
    token: crypto.randomBytes(24).toString('hex'),
  });
  browser = await chromium.launch({
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
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium notes that frame-ancestors cannot work from a <meta> CSP; the HTTP header carries it.
    if (message.type() === 'error' && !message.text().includes("'frame-ancestors'"))
      problems.push(`console: ${message.text()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  t?.close();
});

describe('browser preview', () => {
  it('shows the meetings of the database in the real renderer', async () => {
    await page.goto(server.url);
    await page.getByText(MEETING_TITLE).waitFor({ timeout: 15_000 });

    const row = page.getByRole('row').filter({ hasText: MEETING_TITLE });
    await expect(row.getByText('15/01/2019 08:00', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByText('Buổi làm việc', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByText('Trụ sở UBND tỉnh Nghệ An').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Cuộc họp' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.count').textContent()).resolves.toContain('Tổng số: 1 cuộc họp');

    const nav = page.getByRole('navigation');
    const labels = (await nav.locator('.nav-label').allTextContents()).map((s) => s.trim());
    expect(labels).toEqual([
      'Tổng quan',
      'Cuộc họp',
      'Kết luận & nhiệm vụ',
      'Chương trình phối hợp',
      'Văn bản',
      'Danh bạ',
      'Cài đặt',
    ]);
    await expect(nav.locator('[aria-current="page"]').textContent()).resolves.toBe('Cuộc họp');
    await expect(nav.locator('[aria-disabled="true"]').count()).resolves.toBe(6);
    await expect(page.title()).resolves.toBe('Sổ Họp');

    const shot = path.join(tempDir('so-hop-e2e-'), 'preview.png');
    await page.screenshot({ path: shot, fullPage: true });
    fs.copyFileSync(shot, '/tmp/sohop-preview.png');
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });

  it('shows a readable error when the token is wrong', async () => {
    const other = await browser.newPage();
    // Tamper with the token before the app reads it: the server must refuse and the UI must say so.
    await other.route(server.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/content="[0-9a-f]{48}"/, 'content="0"');
      await route.fulfill({ response, body });
    });
    await other.goto(server.url);
    const alert = other.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toMatch(/Yêu cầu bị từ chối.*E_IPC_SENDER/);
    await other.screenshot({ path: path.join(tempDir('so-hop-e2e-'), 'error.png') });
    await other.close();
  });

  it('shows the empty state over an empty database', async () => {
    const empty = openTestDb();
    const emptyServer = await startPreviewServer({
      handlers: createHandlers(empty.services, { version: '0.0.0-e2e', databasePath: empty.file }),
      rendererDir: rendererOut,
      port: 0,
      token: crypto.randomBytes(24).toString('hex'),
    });
    const other = await browser.newPage();
    try {
      await other.goto(emptyServer.url);
      await other.getByText('Chưa có cuộc họp nào').waitFor({ timeout: 15_000 });
    } finally {
      await other.close();
      await emptyServer.close();
      empty.close();
    }
  });
});
