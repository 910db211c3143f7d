// App lifecycle only: one instance, the data folder, the app:// scheme, the database, the IPC
// handlers and the window. Everything else lives in the modules it wires together.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron';
import { AppError } from '../shared/errors';
import { closeDatabase, openDatabase } from './db/connection';
import type { Db } from './db/types';
import { registerIpcHandlers } from './ipc/register';
import { createHandlers } from './ipc/handlers';
import { defaultDatabasePath, userDataDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { createServices } from './services';
import { createMainWindow } from './window';

// electron-vite writes out/main/index.js, out/preload/preload.cjs and out/renderer/.
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(outDir, 'renderer');
const preloadPath = path.join(outDir, 'preload', 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let database: Db | null = null;
let unregisterIpc: (() => void) | null = null;

function openOrExplain(file: string): Db | null {
  try {
    return openDatabase(file);
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : `Không mở được cơ sở dữ liệu ${file}: ${String(error)}`;
    dialog.showErrorBox('Sổ Họp', message);
    return null;
  }
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(rendererDir);
  const databasePath = defaultDatabasePath();
  database = openOrExplain(databasePath);
  if (!database) {
    app.quit();
    return;
  }
  const handlers = createHandlers(createServices(database), { version: app.getVersion(), databasePath });
  unregisterIpc = registerIpcHandlers(ipcMain, handlers);
  mainWindow = createMainWindow(preloadPath);
  mainWindow.on('closed', () => (mainWindow = null));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function shutDown(): void {
  // Handlers go first, so a late call gets an error instead of touching a closed database.
  unregisterIpc?.();
  unregisterIpc = null;
  if (database) closeDatabase(database);
  database = null;
}

// The single-instance lock lives in userData, so the folder is set first: two windows on one
// database file would fight over it.
app.setPath('userData', userDataDir());
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', shutDown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Sổ Họp', `Sổ Họp không khởi động được: ${String(error)}`);
      app.quit();
    });
}
