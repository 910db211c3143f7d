import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/ipc/handlers';
import { injectToken, startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../shared/csp';
import { openTestDb, readFixture, tempDir, type TestDb } from '../helpers/db';

const TOKEN = 'a'.repeat(48);
const MEETING_TITLE = 'Buổi làm việc thống nhất chương trình phối hợp năm 2019';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): { ok: boolean; value?: unknown; error?: { code: string; message: string; path?: string } };
}

let t: TestDb;
let server: PreviewServer;
let rendererDir: string;

/** A raw request: unlike fetch, node:http sends the path and the Host header exactly as given. */
function rawRequest(
  port: number,
  method: string,
  rawPath: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: rawPath,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const request = (method: string, rawPath: string, options?: Parameters<typeof rawRequest>[3]) =>
  rawRequest(server.port, method, rawPath, options);

const call = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request('POST', `/api/${channel}`, {
    headers: { 'Content-Type': 'application/json', 'X-SoHop-Token': TOKEN, ...headers },
    body: JSON.stringify(input),
  });

beforeAll(async () => {
  t = openTestDb();
  t.services.exchange.import(readFixture('exchange-2019-programme.json'));
  rendererDir = tempDir('so-hop-renderer-');
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html lang="vi"><head>\n<meta charset="utf-8" /><title>Sổ Họp</title></head><body></body></html>',
  );
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  const handlers = createHandlers(t.services, { version: '0.0.0-test', databasePath: t.file });
  server = await startPreviewServer({ handlers, rendererDir, port: 0, token: TOKEN });
});

afterAll(async () => {
  await server?.close();
  t?.close();
});

describe('preview server API', () => {
  it('listens on loopback and answers a call with the right token', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const reply = await call('meetings.list', { limit: 100 });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const result = reply.json();
    expect(result.ok).toBe(true);
    const page = result.value as { total: number; items: { title: string; startsAt: string }[] };
    expect(page.total).toBe(1);
    expect(page.items[0]?.title).toContain(MEETING_TITLE);
    expect(page.items[0]?.startsAt).toBe('2019-01-15T08:00:00+07:00');
  });

  it('accepts localhost and a same-origin Origin', async () => {
    const origin = `http://localhost:${server.port}`;
    const reply = await call('app.info', {}, { Host: `localhost:${server.port}`, Origin: origin });
    expect(reply.json()).toMatchObject({ ok: true, value: { version: '0.0.0-test', databasePath: t.file } });
  });

  it.each([
    ['no token', { 'X-SoHop-Token': '' }],
    ['a wrong token', { 'X-SoHop-Token': 'b'.repeat(48) }],
    ['a token of another length', { 'X-SoHop-Token': 'a' }],
    ['a foreign Host', { Host: 'evil.example:PORT' }],
    ['a Host with another port', { Host: '127.0.0.1:1' }],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['a null Origin', { Origin: 'null' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s with 403 E_IPC_SENDER', async (_label, headers) => {
    const withPort = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(server.port))]),
    );
    const reply = await call('meetings.list', {}, withPort);
    expect(reply.status).toBe(403);
    const result = reply.json();
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('E_IPC_SENDER');
    expect(result.error?.message).toMatch(/^Yêu cầu bị từ chối/);
  });

  it('refuses a missing token header', async () => {
    const reply = await request('POST', '/api/meetings.list', { body: '{}' });
    expect(reply.status).toBe(403);
    expect(reply.json().error?.code).toBe('E_IPC_SENDER');
  });

  it('answers invalid input with E_VALIDATION and the path', async () => {
    const reply = await call('meetings.list', { limit: 0 });
    const result = reply.json();
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ code: 'E_VALIDATION', path: 'limit' });
    expect(result.error?.message).toMatch(/limit/);
  });

  it('answers bad JSON with 400 E_VALIDATION', async () => {
    const reply = await request('POST', '/api/meetings.list', {
      headers: { 'X-SoHop-Token': TOKEN },
      body: '{"limit": ',
    });
    expect(reply.status).toBe(400);
    expect(reply.json().error?.code).toBe('E_VALIDATION');
  });

  it('answers an unknown channel with E_USAGE and a non-POST call with 405', async () => {
    expect((await call('nope.nothing', {})).json().error?.code).toBe('E_USAGE');
    const get = await request('GET', '/api/meetings.list', { headers: { 'X-SoHop-Token': TOKEN } });
    expect(get.status).toBe(405);
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const handlers = createHandlers(t.services, { version: '0', databasePath: t.file });
    const small = await startPreviewServer({
      handlers,
      rendererDir,
      port: 0,
      token: TOKEN,
      maxBodyBytes: 1024,
    });
    try {
      const post = (body: string, headers: Record<string, string> = {}) =>
        rawRequest(small.port, 'POST', '/api/meetings.list', {
          headers: { 'X-SoHop-Token': TOKEN, ...headers },
          body,
        });
      const big = JSON.stringify({ text: 'x'.repeat(2000) });
      const declared = await post(big);
      expect(declared.status).toBe(413);
      expect(declared.json().error?.code).toBe('E_VALIDATION');
      const chunked = await post(big, { 'Transfer-Encoding': 'chunked' });
      expect(chunked.status).toBe(413);
      expect((await post('{"limit": 5}')).json().ok).toBe(true);
    } finally {
      await small.close();
    }
  });

  it('does not start without a built index.html', async () => {
    const handlers = createHandlers(t.services, { version: '0', databasePath: t.file });
    await expect(
      startPreviewServer({ handlers, rendererDir: tempDir(), port: 0, token: TOKEN }),
    ).rejects.toMatchObject({
      code: 'E_FILE_NOT_FOUND',
    });
  });
});

describe('preview server static files', () => {
  it('serves index.html with the token meta, the CSP and nosniff', async () => {
    for (const p of ['/', '/index.html']) {
      const reply = await request('GET', p);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      // A nonce of its own for the page's <style> elements, named by its policy.
      const nonce = /<meta property="csp-nonce" nonce="([^"]+)">/.exec(reply.text)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy(nonce));
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.text).toContain(`<meta name="sohop-preview-token" content="${TOKEN}">`);
      expect(reply.text).toContain('<title>Sổ Họp</title>');
    }
  });

  it('puts the token after <head> when there is no charset meta, escaped', () => {
    expect(injectToken('<html><HEAD lang="vi"><title>x</title></head></html>', 'a"<b')).toBe(
      '<html><HEAD lang="vi">\n    <meta name="sohop-preview-token" content="a&#34;&#60;b"><title>x</title></head></html>',
    );
  });

  it('serves assets with their content type and HEAD without a body', async () => {
    const js = await request('GET', '/assets/app.js?v=1');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toBe('console.log(1);');
    const head = await request('HEAD', '/assets/app.js');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/../../package.json',
    '/..%5cpackage.json',
    '/%00index.html',
    '/missing.js',
    '/assets',
    '/%zz',
  ])('answers %s with 404', async (p) => {
    const reply = await request('GET', p);
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('"name"');
  });

  it('refuses other methods and a foreign Host on static files too', async () => {
    expect((await request('POST', '/index.html')).status).toBe(405);
    const foreign = await request('GET', '/', { headers: { Host: 'evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.text).not.toContain(TOKEN);
  });
});

describe('renderer/index.html', () => {
  it('has no <meta> CSP: the policy of shared/csp.ts comes as a header only', () => {
    const html = fs.readFileSync(
      path.join(import.meta.dirname, '..', '..', 'renderer', 'index.html'),
      'utf8',
    );
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
