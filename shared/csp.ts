// The Content-Security-Policy of the UI: sent as an HTTP header by the app:// protocol and by the
// preview server, never as a <meta> (where Chromium cannot apply frame-ancestors and says so).
// Styles allow 'unsafe-inline' because component libraries and the editor set style attributes;
// scripts never do.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');
