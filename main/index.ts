// The main process's entry. It does here only what must happen before Electron is ready, then loads
// the part that runs: the installed app's command line (`SoHop.exe --cli …`, main/cli-mode.ts) or the
// desktop app (main/desktop.ts). The command line so never evaluates the window, the menu, the IPC
// handlers and their schemas, and Node's compile cache is on before either part is loaded.
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog } from 'electron';
import { cliArguments } from './cli/argv';
import type { SecondStart } from './desktop';
import { userDataDir } from './paths';
import { registerAppScheme } from './protocol';

// Compiled code of the chunks loaded from here on is kept in the system's temporary folder.
module.enableCompileCache?.();

function startCommandLine(argv: string[]): Promise<void> {
  // No window: no GPU process either (this must be said before ready).
  app.disableHardwareAcceleration();
  return import('./cli-mode').then(({ runCliInElectron }) => runCliInElectron(argv));
}

function startDesktopApp(): Promise<void> {
  // The single-instance lock lives in userData, so the folder is set first: two windows on one
  // database file would fight over it.
  app.setPath('userData', userDataDir());
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }
  // A file double-clicked while the desktop part loads is kept for it.
  const early: SecondStart[] = [];
  const keep = (_event: unknown, argv: string[] = [], workingDirectory = process.cwd()) =>
    void early.push([argv, workingDirectory]);
  app.on('second-instance', keep);
  app.enableSandbox();
  // Windows shows notifications only for an app with this id (the installer's appId).
  if (process.platform === 'win32') app.setAppUserModelId('vn.sohop.desktop');
  registerAppScheme();
  const argv = [...process.argv];
  const workingDirectory = process.cwd();
  return import('./desktop').then(
    ({ startDesktop }) => {
      app.off('second-instance', keep);
      // electron-vite writes out/main/index.js (this file), out/preload/preload.cjs and out/renderer/.
      const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
      startDesktop({ outDir, argv, workingDirectory, early });
    },
    (error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Sổ Họp', `Sổ Họp không khởi động được: ${String(error)}`);
      app.quit();
    },
  );
}

const cliArgv = cliArguments(process.argv);
/** Settles once the part that runs is loaded and started (tests wait for it; Electron needs nothing). */
export const started: Promise<void> = cliArgv ? startCommandLine(cliArgv) : startDesktopApp();
