// The desktop app's lifecycle, loaded by main/index.ts once the instance is ours: the app:// files, the
// database, the IPC handlers, the menu, the window, the reminders and the quit. Everything else lives
// in the modules it wires together.
import path from 'node:path';
import { app, dialog, ipcMain, session as electronSession, type BrowserWindow } from 'electron';
import { COMMAND_CHANNEL } from '../shared/commands';
import { AppError } from '../shared/errors';
import { startLiveSession, type LiveSession } from './backup/session';
import { createDesktopHost } from './dialogs';
import { installMenu } from './menu';
import { notifyReminders } from './notifications';
import { scheduleReminders, type ReminderSchedule } from './reminders/schedule';
import { registerIpcHandlers } from './ipc/register';
import { createHandlers, type AppFacts } from './ipc/handlers';
import { createOpenedFiles } from './ipc/handlers/opened';
import { buildDate } from './build-info';
import { openOperationLog, type OperationLog } from './log/operation-log';
import { filesToOpen } from './open-file';
import { defaultDatabasePath, userDataDir } from './paths';
import { handleAppProtocol } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { createMainWindow } from './window';

// electron-vite writes out/main/index.js, out/preload/preload.cjs and out/renderer/.
/** electron-vite's out/ folder (main/index.ts gives it: this module is a chunk, possibly unpacked). */
let outDir = '';
const rendererDir = () => path.join(outDir, 'renderer');
const preloadPath = () => path.join(outDir, 'preload', 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let session: LiveSession | null = null;
let unregisterIpc: (() => void) | null = null;
/** Files double-clicked in Explorer (the .sohop association), until the page takes them. */
const openedFiles = createOpenedFiles();
/** The log file in the data folder (logs/so-hop.log): every IPC call, automatic backup, start and quit. */
let operationLog: OperationLog | null = null;
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : 'E_INTERNAL');
let reminders: ReminderSchedule | null = null;

function explainAndQuit(error: unknown): void {
  const message =
    error instanceof AppError ? error.message : `Sổ Họp không mở được dữ liệu: ${String(error)}`;
  dialog.showErrorBox('Sổ Họp', message);
  app.quit();
}

/** (Re)registers the IPC handlers over the session's current services: after a restore they are new. */
function serve(live: LiveSession, facts: AppFacts): void {
  unregisterIpc?.();
  const desktop = createDesktopHost(() => mainWindow);
  unregisterIpc = registerIpcHandlers(
    ipcMain,
    createHandlers(live.services, facts, live.backupHost, desktop, { opened: openedFiles }),
    undefined,
    (record) => operationLog?.write(record),
  );
}

async function start(): Promise<void> {
  denyAllPermissions(electronSession.defaultSession);
  handleAppProtocol(rendererDir());
  const databasePath = defaultDatabasePath();
  const dataDir = userDataDir();
  const facts: AppFacts = { version: app.getVersion(), databasePath, buildDate, dataDir };
  const log = (operationLog = openOperationLog(dataDir));
  const started = performance.now();
  try {
    // Location check, single-writer lock, safety backup before a migration, daily backups.
    session = await startLiveSession({
      databasePath,
      dataDir,
      onReplaced: (live) => serve(live, facts),
      onBackupError: (error) => {
        console.error('Sao lưu tự động thất bại:', error);
        log.write({ op: 'backup.automatic', code: codeOf(error) });
      },
    });
  } catch (error) {
    log.write({ op: 'app.start', ms: performance.now() - started, code: codeOf(error) });
    explainAndQuit(error);
    return;
  }
  log.write({ op: 'app.start', ms: performance.now() - started });
  serve(session, facts);
  installMenu(() => mainWindow, log.dir);
  mainWindow = createMainWindow(preloadPath());
  mainWindow.on('closed', () => (mainWindow = null));
  startReminders();
}

/** At start and every morning: what is overdue or due within 7 days, as a notification (Cài đặt turns it off). */
function startReminders(): void {
  reminders = scheduleReminders({
    show: () => {
      const live = session;
      if (!live || live.closed) return;
      const digest = live.services.reminders.digest();
      notifyReminders(digest, () => {
        focusMainWindow();
        mainWindow?.webContents.send(COMMAND_CHANNEL, digest.overdue ? 'tasks.overdue' : 'tasks.due-soon');
      });
    },
    onError: (error) => console.error('Nhắc việc thất bại:', error),
  });
}

/** A second start (a double-clicked .sohop while the app runs): its file goes to this window. */
function onSecondInstance(_event: unknown, argv: string[] = [], workingDirectory = process.cwd()): void {
  if (openedFiles.offer(filesToOpen(argv, workingDirectory)))
    mainWindow?.webContents.send(COMMAND_CHANNEL, 'file.opened');
  focusMainWindow();
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function closeLog(): Promise<void> {
  const log = operationLog;
  operationLog = null;
  return log ? log.close() : Promise.resolve();
}

function shutDown(event: { preventDefault(): void }): void {
  // Handlers go first, so a late call gets an error instead of touching a closed database.
  unregisterIpc?.();
  unregisterIpc = null;
  reminders?.stop();
  reminders = null;
  const live = session;
  if (!live || live.closed) {
    void closeLog();
    return;
  }
  // The on-quit backup and the WAL checkpoint run before the app really quits.
  event.preventDefault();
  void live
    .shutDown()
    .then(
      () => operationLog?.write({ op: 'app.quit' }),
      (error: unknown) => {
        console.error(error);
        operationLog?.write({ op: 'app.quit', code: codeOf(error) });
      },
    )
    .finally(() => {
      session = null;
      void closeLog().finally(() => app.quit());
    });
}

/** A second start's argv and working folder (Electron's 'second-instance'). */
export type SecondStart = [argv: string[], workingDirectory: string];

/** What main/index.ts hands over: this start's argv, and the second starts that came while this module loaded. */
export interface DesktopStart {
  /** electron-vite's out/ folder: out/renderer and out/preload are beside out/main. */
  outDir: string;
  argv: string[];
  workingDirectory: string;
  early: SecondStart[];
}

/**
 * Called by main/index.ts after it took the single-instance lock, set the data folder, enabled the
 * sandbox and registered app:// (all before ready).
 */
export function startDesktop({ outDir: out, argv, workingDirectory, early }: DesktopStart): void {
  outDir = out;
  // The page takes this file once it is up (opened.take).
  openedFiles.offer(filesToOpen(argv, workingDirectory));
  app.on('second-instance', onSecondInstance);
  for (const [otherArgv, otherDirectory] of early) onSecondInstance(null, otherArgv, otherDirectory);
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
