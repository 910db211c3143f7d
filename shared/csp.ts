// The Content-Security-Policy of the UI: sent as an HTTP header by the app:// protocol and by the
// preview server, never as a <meta> (where Chromium cannot apply frame-ancestors and says so).
// Scripts come only from the app's files. A <style> element must carry the page's nonce (a new one with
// every load of index.html): antd's CSS-in-JS, the editor and the print preview give it theirs, so an
// injected <style> is refused. Style attributes stay allowed (style-src-attr): component libraries and
// docx-preview's pages set them, and an attribute cannot carry a nonce.
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/** The policy of every response that is not the page itself (scripts, styles, images). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Where the page finds its nonce: `<meta property="csp-nonce" nonce="…">`, the name Vite uses. */
export const STYLE_NONCE_META = 'csp-nonce';

/** 128 random bits, base64: a nonce a page cannot guess. */
export function newStyleNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** index.html with the nonce meta at the top of `<head>` (after the charset). */
export function injectStyleNonce(html: string, nonce: string): string {
  const meta = `<meta property="${STYLE_NONCE_META}" nonce="${nonce}">`;
  for (const anchor of [/<meta\s+charset=[^>]*>/i, /<head(\s[^>]*)?>/i])
    if (anchor.test(html)) return html.replace(anchor, (tag) => `${tag}\n    ${meta}`);
  return `${meta}\n${html}`;
}
