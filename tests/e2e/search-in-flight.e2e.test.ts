// The search box keeps one query in flight: what is typed while an answer is slow waits for it, then
// only the latest text is asked, and its answer is the one shown. The slow answer is made in the real
// preview server: its search handler holds one query until the test lets it go.
import crypto from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/ipc/handlers';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { searchOffice } from '../main/search/fixture';
import {
  ensureRendererBuilt,
  launchChromium,
  newWatchedPage,
  openTestDb,
  rendererOut,
  type TestDb,
} from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
const problems: string[] = [];

/** The texts the server was asked for, in order (a key typed slowly may be asked before the held
 * text), and the most queries it had at once. */
const asked: string[] = [];
let atOnce = 0;
let maxAtOnce = 0;
/** The query for this text is held until `release()`. */
const HELD = 'hoa';
let release: () => void = () => undefined;
const held = new Promise<void>((resolve) => (release = resolve));
let heldArrived: () => void = () => undefined;
const arrived = new Promise<void>((resolve) => (heldArrived = resolve));

beforeAll(async () => {
  ensureRendererBuilt();
  t = openTestDb();
  t.services.exchange.import(searchOffice());
  const handlers = createHandlers(t.services, { version: '0.0.0-e2e', databasePath: t.file });
  const search = handlers['search.query'];
  handlers['search.query'] = async (input) => {
    asked.push(input.text);
    maxAtOnce = Math.max(maxAtOnce, ++atOnce);
    try {
      if (input.text === HELD) {
        heldArrived();
        await held;
      }
      return await search(input);
    } finally {
      atOnce--;
    }
  };
  server = await startPreviewServer({
    handlers,
    rendererDir: rendererOut,
    port: 0,
    token: crypto.randomBytes(24).toString('hex'),
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  release();
  await browser?.close();
  await server?.close();
  t?.close();
});

describe('the search box with a slow answer', () => {
  it('asks only the latest text once the slow answer is back, and shows that text’s answer', async () => {
    const page = await newWatchedPage(browser, problems);
    await page.goto(`${server.url}#/`);
    const box = page.getByRole('combobox', { name: 'Tìm trong toàn bộ dữ liệu' });
    await box.click();
    await page.keyboard.type(HELD);
    await arrived;
    // Typed while "hoa" is held, each key after the typing pause (each would be a query of its own).
    for (const key of ' dao') {
      await page.keyboard.type(key);
      await page.waitForTimeout(150);
    }
    await expect(box.inputValue()).resolves.toBe('hoa dao');
    // Nothing more was asked while the answer to "hoa" is out, and the panel says it is searching.
    const fromHeld = () => asked.slice(asked.indexOf(HELD));
    expect(fromHeld()).toEqual(['hoa']);
    await page.locator('.search-panel[data-state="searching"]').waitFor();

    release();
    await page.locator('.search-panel[data-state="done"]').waitFor();
    // The answer to the whole text: only the meeting about "hoa đào" ("hoa" alone finds more), đào marked.
    const options = page.getByRole('option');
    await expect(options.count()).resolves.toBe(1);
    await expect(options.first().textContent()).resolves.toContain('Cuộc họp về hoa đào ngày Tết');
    await expect(options.first().locator('mark').allTextContents()).resolves.toContain('đào');
    // The texts in between were never asked; one query at a time.
    expect(fromHeld()).toEqual(['hoa', 'hoa dao']);
    expect(maxAtOnce).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
