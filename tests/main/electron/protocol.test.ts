import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, injectStyleNonce } from '../../../shared/csp';
import { tempDir } from '../../helpers/db';
import { protocol, resetStandIn } from '../../helpers/electron-stand-in';
import { handleAppProtocol, registerAppScheme } from '../../../main/protocol';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

// <root>/renderer is what app:// serves; <root>/secret.txt sits just outside it.
let root: string;
const indexHtml = '<!doctype html><title>Sổ Họp</title>';

beforeEach(() => {
  resetStandIn();
  root = tempDir('so-hop-protocol-');
  fs.mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), indexHtml);
  fs.writeFileSync(path.join(root, 'renderer', 'assets', 'index-abc.js'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  handleAppProtocol(path.join(root, 'renderer'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('registerAppScheme', () => {
  it('makes app:// a standard, secure scheme that fetch may use', () => {
    registerAppScheme();
    expect(protocol.privileged).toStrictEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the app:// protocol', () => {
  /** The nonce written into a served page (its csp-nonce meta). */
  const nonceIn = (html: string) => /<meta property="csp-nonce" nonce="([^"]+)">/.exec(html)?.[1] ?? '';

  it('serves index.html with its type, the CSP naming a nonce of its own, and nosniff', async () => {
    const response = await protocol.fetch('app://sohop/index.html');
    expect(response.status).toBe(200);
    const html = await response.text();
    const nonce = nonceIn(html);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(html).toBe(injectStyleNonce(indexHtml, nonce));
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nonce));
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    // Another load, another nonce.
    expect(nonceIn(await (await protocol.fetch('app://sohop/index.html')).text())).not.toBe(nonce);
  });

  it('serves index.html for the bare origin and scripts with a JavaScript type', async () => {
    const html = await (await protocol.fetch('app://sohop/')).text();
    expect(html).toBe(injectStyleNonce(indexHtml, nonceIn(html)));
    const script = await protocol.fetch('app://sohop/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://sohop/../../etc/passwd',
    'app://sohop/../secret.txt',
    'app://sohop/%2e%2e%2fsecret.txt',
    'app://sohop/%2E%2E%2Fsecret.txt',
    'app://sohop/..%2fsecret.txt',
    'app://sohop/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://sohop/%252e%252e%252fsecret.txt',
    'app://sohop/..%5csecret.txt',
    'app://sohop/index.html%00.js',
  ])('answers 404 without leaking anything for %s', async (url) => {
    const response = await protocol.fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it('answers 404 for a foreign host, a missing file and a folder', async () => {
    expect((await protocol.fetch('app://evil/index.html')).status).toBe(404);
    expect((await protocol.fetch('app://sohop:1234/index.html')).status).toBe(404);
    expect((await protocol.fetch('app://sohop/missing.js')).status).toBe(404);
    expect((await protocol.fetch('app://sohop/assets')).status).toBe(404);
  });

  it('sends the CSP with a 404 too', async () => {
    const response = await protocol.fetch('app://sohop/missing.js');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
