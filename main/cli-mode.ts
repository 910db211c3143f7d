// `SoHop.exe --cli …`: the installed app runs the command line and exits with its code, without a
// window, the single-instance lock or the GPU. Electron attaches a Windows GUI program to the console
// it was started from, so the output shows in cmd or PowerShell (resources/installer/sohop.cmd waits
// for the exit code). This is why the RunAsNode fuse can stay off: no ELECTRON_RUN_AS_NODE is needed.
import { app } from 'electron';

export function runCliInElectron(argv: string[]): void {
  app.disableHardwareAcceleration();
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
