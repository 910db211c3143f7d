import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FakeSession,
  FakeWebContents,
  app,
  asSession,
  asWebContents,
  fakeInvokeEvent,
  resetStandIn,
} from '../../helpers/electron-stand-in';
import { denyAllPermissions, hardenWebContents, isTrustedSender, isTrustedUrl } from '../../../main/security';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

beforeEach(resetStandIn);
afterEach(() => vi.unstubAllEnvs());

const navigationEvents = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

function hardened(devUrl?: string): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(asWebContents(contents), devUrl);
  return contents;
}

describe('isTrustedUrl', () => {
  it('trusts pages of app://sohop only', () => {
    expect(isTrustedUrl('app://sohop/index.html')).toBe(true);
    expect(isTrustedUrl('app://sohop/assets/index-abc.js')).toBe(true);
    expect(isTrustedUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedUrl('app://sohop.evil/index.html')).toBe(false);
    expect(isTrustedUrl('app://sohop:8080/index.html')).toBe(false);
    expect(isTrustedUrl('app://user@sohop/index.html')).toBe(false);
    expect(isTrustedUrl('file:///C:/Windows/win.ini')).toBe(false);
    expect(isTrustedUrl('https://example.com/')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
  });

  it('trusts the dev server only when given, and only its exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedUrl('data:text/html,<p>hi</p>', 'data:text/html,<p>hi</p>')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(navigationEvents)('prevents %s to https://example.com', (event) => {
    expect(hardened().navigate(event, 'https://example.com/')).toBe(true);
  });

  it.each(navigationEvents)('allows %s within app://sohop', (event) => {
    expect(hardened().navigate(event, 'app://sohop/index.html#/meetings')).toBe(false);
  });

  it('allows navigation within the dev server it was given, and nowhere else', () => {
    const contents = hardened('http://localhost:5173');
    expect(contents.navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(contents.navigate('will-navigate', 'http://localhost:8080/')).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = hardened();
    expect(contents.open('https://example.com/')).toBe('deny');
    expect(contents.open('app://sohop/index.html')).toBe('deny');
  });

  it('prevents attaching a webview', () => {
    expect(hardened().attachWebview('https://example.com/')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('refuses permission requests and checks of every kind', async () => {
    const session = new FakeSession();
    denyAllPermissions(asSession(session));
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      await expect(session.request(permission)).resolves.toBe(false);
    expect(session.check('media')).toBe(false);
    expect(session.check('fullscreen')).toBe(false);
    expect(session.checkDevice()).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the top frame of app://sohop', () => {
    expect(isTrustedSender(fakeInvokeEvent({ url: 'app://sohop/index.html' }))).toBe(true);
  });

  it('refuses a call from a subframe, even one of app://sohop', () => {
    expect(isTrustedSender(fakeInvokeEvent({ url: 'app://sohop/index.html', top: false }))).toBe(false);
  });

  it('refuses a call from a foreign page', () => {
    expect(isTrustedSender(fakeInvokeEvent({ url: 'https://example.com/' }))).toBe(false);
    expect(isTrustedSender(fakeInvokeEvent({ url: 'file:///C:/page.html' }))).toBe(false);
  });

  it('refuses a call whose frame is gone', () => {
    expect(isTrustedSender(fakeInvokeEvent(null))).toBe(false);
    const disposed = {
      senderFrame: {
        parent: null,
        get url(): string {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
    };
    expect(isTrustedSender(disposed as unknown as Parameters<typeof isTrustedSender>[0])).toBe(false);
  });

  it('accepts the electron-vite dev server in an unpackaged build only', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const event = fakeInvokeEvent({ url: 'http://localhost:5173/' });
    expect(isTrustedSender(event)).toBe(true);
    app.isPackaged = true;
    expect(isTrustedSender(event)).toBe(false);
  });
});
