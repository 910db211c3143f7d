// Everything that keeps web content on a short leash: only our own pages may load, nothing opens
// new windows or webviews, no permission is ever granted, and IPC is answered only for our top frame.
import { app, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sohop';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The electron-vite dev server, trusted only in an unpackaged build. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for `app://sohop/...` and, when given, for pages of the exact dev server origin. */
export function isTrustedUrl(url: string, devUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (devUrl === undefined) return false;
  const dev = parse(devUrl);
  // `origin` is 'null' for opaque URLs, which must never match one another.
  return dev !== null && dev.origin !== 'null' && parsed.origin === dev.origin;
}

export function hardenWebContents(contents: WebContents, devUrl: string | undefined = devServerUrl()): void {
  const stayInside = (event: { url: string; preventDefault: () => void }) => {
    if (!isTrustedUrl(event.url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInside);
  contents.on('will-redirect', stayInside);
  contents.on('will-frame-navigate', stayInside);
  // Links to the outside world are not followed: the app has no reason to open a browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app needs no camera, microphone, notifications, USB or anything else a page can ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (typeof session.setDevicePermissionHandler === 'function')
    session.setDevicePermissionHandler(() => false);
}

/** An IPC call is answered only when it comes from the top frame of one of our own pages. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  devUrl: string | undefined = devServerUrl(),
): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isTrustedUrl(frame.url, devUrl);
  } catch {
    // A frame disposed mid-call throws on access: it is not ours to answer any more.
    return false;
  }
}
