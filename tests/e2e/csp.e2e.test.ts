// The Content-Security-Policy in a real browser: every page comes with it as a header (never a
// <meta>), no screen logs an error or violates it, and it refuses what an injected script or image
// would try. Top-level navigation goes through the app's own will-navigate rule (main/security.ts),
// wired to Chromium's navigations as Electron wires it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PreviewServer } from '../../main/preview/server';
import { hardenWebContents } from '../../main/security';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, STYLE_NONCE_META } from '../../shared/csp';
import { readFixture } from '../helpers/db';
import { asWebContents, FakeWebContents } from '../helpers/electron-stand-in';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

vi.mock('electron', () => import('../helpers/electron-stand-in'));

const MEETING = '3bcac6cb-c6b5-55a7-bbc7-f04b9878275c';
const DOCUMENT = '4b691c74-cdb5-57ee-bdcc-9c16341eecf6';
const PROGRAMME = '18c4e628-bba5-5ada-839b-bf9a747b599d';

/** Every main screen, with a text that shows it has rendered. */
const screens: [string, RegExp][] = [
  ['#/', /Tổng quan/],
  ['#/meetings', /Cuộc họp/],
  [`#/meetings/${MEETING}`, /Thành phần/],
  ['#/tasks', /Kết luận/],
  ['#/programmes', /Chương trình phối hợp/],
  [`#/programmes/${PROGRAMME}`, /Chương trình/],
  ['#/documents', /Văn bản/],
  [`#/documents/${DOCUMENT}`, /Văn bản/],
  ['#/people', /Cán bộ/],
  ['#/organizations', /Cơ quan/],
  ['#/settings', /Cài đặt/],
  ['#/settings/backup', /Sao lưu/],
];

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** Collects the page's CSP violations (a report of each refused load or inline code). */
const collectViolations = () => {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
  );
};
const violations = (p: Page) =>
  p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(readFixture('exchange-2019-programme.json')));
  page = await newWatchedPage(browser, problems);
  await page.addInitScript(collectViolations);
  page.on('popup', (popup) => problems.push(`popup: ${popup.url()}`));
}, 120_000);
afterAll(() => stopPreview({ t, server, browser }));

describe('the Content-Security-Policy', () => {
  it('comes as a header with the page, and the page has no <meta> policy', async () => {
    const response = await page.goto(server.url);
    // The page's policy names the nonce its <style> elements carry, a new one with every load.
    const nonceOf = () =>
      page.evaluate(
        (name) => document.querySelector<HTMLMetaElement>(`meta[property="${name}"]`)?.nonce ?? '',
        STYLE_NONCE_META,
      );
    const nonce = await nonceOf();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy(nonce));
    expect(response?.headers()['content-security-policy']).not.toContain("style-src 'self' 'unsafe-inline'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy" i]').count()).resolves.toBe(0);
    await page.reload();
    expect(await nonceOf()).not.toBe(nonce);
    // Scripts and style sheets come with the policy too, without a nonce.
    const script = await page.evaluate(() => document.querySelector('script[src]')?.getAttribute('src'));
    const asset = await page.request.get(new URL(script!, server.url).href);
    expect(asset.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('lets every main screen render with no console error, CSP violation or popup', async () => {
    for (const [hash, text] of screens) {
      await page.goto(`${server.url}${hash}`);
      await page.locator('.content').getByText(text).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect({ hash, violations: await violations(page) }).toEqual({ hash, violations: [] });
    }
    expect(problems).toEqual([]);
  });

  it('refuses an injected inline script, a <style> in injected markup, a foreign script and a foreign image', async () => {
    const other = await browser.newPage();
    await other.addInitScript(collectViolations);
    await other.goto(server.url);
    await other.locator('.content').waitFor();
    await other.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__ran = true';
      document.body.append(inline);
      const foreign = document.createElement('script');
      foreign.src = 'https://cdn.example.invalid/x.js';
      document.body.append(foreign);
      const image = document.createElement('img');
      image.src = 'https://tracker.example.invalid/p.gif';
      document.body.append(image);
      // Markup arriving as HTML (a pasted or imported text shown unescaped would be this).
      const markup = document.createElement('div');
      markup.innerHTML = '<style>body { background: url(https://tracker.example.invalid/s.gif) }</style>';
      document.body.append(markup);
    });
    await expect.poll(() => violations(other)).toHaveLength(4);
    expect((await violations(other)).sort()).toEqual([
      'img-src https://tracker.example.invalid/p.gif',
      'script-src-elem https://cdn.example.invalid/x.js',
      'script-src-elem inline',
      'style-src-elem inline',
    ]);
    await expect(other.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).resolves.toBe(
      undefined,
    );
    await other.close();
  });
});

describe("navigation away, through the app's will-navigate rule", () => {
  it('keeps the page on the app when a link or a script leads elsewhere', async () => {
    const other = await browser.newPage();
    const contents = new FakeWebContents();
    hardenWebContents(asWebContents(contents), server.url);
    const refused: string[] = [];
    // Electron asks will-navigate before every top-level navigation; so does this route.
    await other.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === other.mainFrame()) {
        if (contents.navigate('will-navigate', request.url())) {
          refused.push(request.url());
          return route.abort('blockedbyclient');
        }
      }
      return route.continue();
    });
    await other.goto(`${server.url}#/meetings`);
    await other
      .locator('.content')
      .getByText(/Cuộc họp/)
      .first()
      .waitFor();
    await other.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://phishing.example.invalid/login';
      link.textContent = 'đăng nhập';
      document.body.append(link);
      link.click();
    });
    await expect.poll(() => refused).toEqual(['https://phishing.example.invalid/login']);
    expect(new URL(other.url()).origin).toBe(new URL(server.url).origin);
    expect(contents.open('https://phishing.example.invalid/')).toBe('deny');
    await other.close();
  });
});
