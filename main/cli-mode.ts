// `SoHop.exe --cli …`: the installed app runs the command line and exits with its code, without a
// window, the single-instance lock or the GPU. Electron attaches a Windows GUI program to the console
// it was started from, so the output shows in cmd or PowerShell (resources/installer/sohop.cmd waits
// for the exit code). This is why the RunAsNode fuse can stay off: no ELECTRON_RUN_AS_NODE is needed.
import module from 'node:module';
import { app } from 'electron';

export function runCliInElectron(argv: string[]): void {
  app.disableHardwareAcceleration();
  // Node's compile cache (in the system's temporary folder), as `npm run cli` has it: the chunks the
  // command loads from here on (the command line's own, exceljs for an .xlsx report) are compiled once.
  // The main bundle itself is already loaded by the time this runs.
  module.enableCompileCache?.();
  import('./cli/process')
    .then(({ runCliProcess }) => runCliProcess(argv))
    .then(
      (code) => app.exit(code),
      (error: unknown) => {
        console.error(error);
        app.exit(1);
      },
    );
}
