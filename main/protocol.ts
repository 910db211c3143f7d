// Serves the built renderer from `app://sohop/`, never from file://: the UI gets a real origin, a
// strict CSP on every response, and no way to read a file outside the renderer folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  injectStyleNonce,
  newStyleNonce,
} from '../shared/csp';
import { APP_HOST, APP_SCHEME } from './security';
import { contentTypeOf, resolveStaticPath } from './static-path';

/** Must run before the app is ready: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

const notFound = (): Response =>
  new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** Answers one app:// request from files under `rendererDir`. */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
  const file = resolveStaticPath(rendererDir, url.pathname);
  if (file === null) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return notFound();
    // Copied into a plain ArrayBuffer, which is what `Response` accepts.
    body = new Uint8Array(await fs.readFile(file));
  } catch {
    return notFound();
  }
  if (path.basename(file) === 'index.html' && path.dirname(file) === path.resolve(rendererDir)) {
    // The page: a new nonce for its <style> elements with every load.
    const nonce = newStyleNonce();
    return new Response(injectStyleNonce(new TextDecoder().decode(body), nonce), {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Security-Policy': contentSecurityPolicy(nonce),
        'Content-Type': contentTypeOf(file),
        'Cache-Control': 'no-store',
      },
    });
  }
  return new Response(body, {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
  });
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
}
