// `SoHop.exe --cli …`: the installed app runs the command line and exits with its code, without a
// window, the single-instance lock or the GPU (main/index.ts loads this module only then, after
// turning on Node's compile cache). Electron attaches a Windows GUI program to the console it was
// started from, so the output shows in cmd or PowerShell (resources/installer/sohop.cmd waits for the
// exit code). This is why the RunAsNode fuse can stay off: no ELECTRON_RUN_AS_NODE is needed.
import { app } from 'electron';

export function runCliInElectron(argv: string[]): void {
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
