// The browser preview: serves the built renderer and the IPC contract over loopback HTTP, so the
// real UI can run in a real browser against the real services. Only 127.0.0.1 listens; every API
// call must carry the per-run token that is written into index.html, and requests whose Host or
// Origin is not this server are refused (DNS rebinding, other sites in the same browser).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  injectStyleNonce,
  newStyleNonce,
} from '../../shared/csp';
import { AppError, type ErrorInfo } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc';
import { fail, type Result } from '../../shared/result';
import { dispatch, toErrorInfo } from '../ipc/dispatch';
import { contentTypeOf, resolveStaticPath } from '../static-path';

export interface PreviewServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  token: string;
  /** Largest accepted request body; 50 MB by default. */
  maxBodyBytes?: number;
}

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-sohop-token';
export const TOKEN_META = 'sohop-preview-token';
const API_PREFIX = '/api/';
const DEFAULT_MAX_BODY = 50 * 1024 * 1024;

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly info: ErrorInfo,
  ) {
    super(info.message);
  }
}

const refused = (message: string) =>
  new HttpFailure(403, { code: 'E_IPC_SENDER', message: `Yêu cầu bị từ chối: ${message}` });

function sendJson(res: http.ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Puts the token meta at the top of `<head>` (after the charset), where the renderer's api.ts reads it. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META}" content="${escapeHtml(token)}">`;
  for (const anchor of [/<meta\s+charset=[^>]*>/i, /<head(\s[^>]*)?>/i])
    if (anchor.test(html)) return html.replace(anchor, (tag) => `${tag}\n    ${meta}`);
  return `${meta}\n${html}`;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = new HttpFailure(413, {
    code: 'E_VALIDATION',
    message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024 / 1024)} MB).`,
  });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(tooLarge);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new HttpFailure(400, {
      code: 'E_VALIDATION',
      message: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
    });
  }
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { handlers, token } = options;
  const wanted = path.resolve(options.rendererDir);
  if (!fs.existsSync(path.join(wanted, 'index.html')))
    throw new AppError(
      'E_FILE_NOT_FOUND',
      `Chưa có bản dựng giao diện tại ${wanted}. Hãy chạy "npm run build" trước.`,
    );
  const rendererDir = fs.realpathSync(wanted);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = options.port;

  /** DNS-rebinding guard: the browser must be talking to this very address. */
  function checkHost(req: http.IncomingMessage): string {
    const host = req.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      throw refused('địa chỉ máy chủ không đúng.');
    return host;
  }

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    const host = checkHost(req);
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) throw refused('yêu cầu đến từ một trang khác.');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw refused('yêu cầu đến từ một trang khác.');
    if (!sameToken(req.headers[TOKEN_HEADER], token)) throw refused('thiếu hoặc sai mã phiên xem trước.');
    if (req.method !== 'POST')
      throw new HttpFailure(405, { code: 'E_USAGE', message: 'Lệnh chỉ nhận phương thức POST.' });
    const input = parseJson(await readBody(req, maxBody));
    sendJson(res, 200, await dispatch(handlers, pathname.slice(API_PREFIX.length), input));
  }

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    checkHost(req);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Phương thức không được hỗ trợ.');
    }
    const file = resolveStaticPath(rendererDir, pathname);
    const real = file === null ? null : await fs.promises.realpath(file).catch(() => null);
    const inside = real !== null && real.startsWith(rendererDir + path.sep);
    const stat = inside ? await fs.promises.stat(real).catch(() => null) : null;
    if (real === null || !stat?.isFile()) return sendText(res, 404, 'Không tìm thấy.');
    let body = await fs.promises.readFile(real);
    const isIndex = real === path.join(rendererDir, 'index.html');
    // The page: the API token, and a new nonce for its <style> elements with every load.
    const nonce = isIndex ? newStyleNonce() : '';
    if (isIndex)
      body = Buffer.from(injectStyleNonce(injectToken(body.toString('utf8'), token), nonce), 'utf8');
    res.writeHead(200, {
      ...baseHeaders,
      ...(isIndex ? { 'Content-Security-Policy': contentSecurityPolicy(nonce) } : {}),
      'Content-Type': contentTypeOf(real),
      'Content-Length': body.length,
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = req.url ?? '';
    // The raw path, not `new URL()`: URL parsing would quietly resolve `..` and `%2e%2e`.
    const pathname = raw.split(/[?#]/, 1)[0] ?? '';
    try {
      if (!pathname.startsWith('/')) throw new HttpFailure(400, { code: 'E_USAGE', message: 'Yêu cầu sai.' });
      if (pathname.startsWith(API_PREFIX)) await serveApi(req, res, pathname);
      else await serveStatic(req, res, pathname);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const failure = error instanceof HttpFailure ? error : null;
      if (failure?.status === 413) res.setHeader('Connection', 'close');
      sendJson(res, failure?.status ?? 500, fail(failure?.info ?? toErrorInfo(error)));
    }
  }

  const server = http.createServer((req, res) => void handle(req, res));
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError('E_USAGE', `Cổng ${options.port} đang được chương trình khác sử dụng.`)
          : error,
      );
    server.once('error', onError);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
