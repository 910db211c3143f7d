import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetStandIn, type BrowserWindow } from '../../helpers/electron-stand-in';
import { createMainWindow, mainWindowOptions } from '../../../main/window';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

const preload = '/opt/so-hop/out/preload/preload.cjs';

beforeEach(resetStandIn);
afterEach(() => vi.unstubAllEnvs());

describe('main window options', () => {
  it('isolates the page from Node and Electron with every security flag set explicitly', () => {
    expect(mainWindowOptions(preload).webPreferences).toStrictEqual({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    });
  });

  it('has no developer tools in the installed app', () => {
    expect(mainWindowOptions(preload, { devTools: false }).webPreferences?.devTools).toBe(false);
    app.isPackaged = true;
    const window = createMainWindow(preload) as unknown as BrowserWindow;
    expect(window.options.webPreferences?.devTools).toBe(false);
  });

  it('is titled Sổ Họp, keeps its menu bar and stays hidden until the page is ready', () => {
    const options = mainWindowOptions(preload);
    expect(options.title).toBe('Sổ Họp');
    expect(options.show).toBe(false);
    expect(options.autoHideMenuBar).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.minHeight).toBeLessThanOrEqual(options.height ?? 0);
  });
});

describe('createMainWindow', () => {
  it('loads the bundled UI from app://sohop and shows the window only on ready-to-show', () => {
    const window = createMainWindow(preload) as unknown as BrowserWindow;
    expect(window.loadedUrl).toBe('app://sohop/index.html');
    expect(window.options.webPreferences?.sandbox).toBe(true);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('loads the electron-vite dev server only in an unpackaged build', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const dev = createMainWindow(preload) as unknown as BrowserWindow;
    expect(dev.loadedUrl).toBe('http://localhost:5173');

    app.isPackaged = true;
    const packaged = createMainWindow(preload) as unknown as BrowserWindow;
    expect(packaged.loadedUrl).toBe('app://sohop/index.html');
  });
});
