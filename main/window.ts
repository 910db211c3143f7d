// The main window. Every webPreferences flag is spelled out, even where it matches Electron's
// default, so a future default change or a careless edit shows up in review and in the tests.
import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN, devServerUrl } from './security';

/** `devTools`: only while developing; the installed app has none (electron-builder sets isPackaged). */
export function mainWindowOptions(
  preloadPath: string,
  { devTools = true }: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    title: 'Sổ Họp',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
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
      // A middle click would open a link in a new window (refused anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  };
}

/** The page the window opens: the dev server while developing, the bundled UI otherwise. */
export function startUrl(): string {
  return devServerUrl() ?? `${APP_ORIGIN}/index.html`;
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, { devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  window.loadURL(startUrl()).catch((error: unknown) => console.error('Could not load the UI:', error));
  return window;
}
