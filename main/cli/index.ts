// The command line's entry under plain Node: `npm run cli` runs the bundle of this file
// (out/main/cli.js). Node's compile cache is turned on before the rest is loaded, so the second and
// later runs skip compiling the bundled libraries.
import module from 'node:module';

module.enableCompileCache?.();
const { runCliProcess } = await import('./process');
const code = await runCliProcess(process.argv.slice(2));
// The output and the log line are written by now: exit at once, as `SoHop.exe --cli` does (app.exit).
// Left to wind down, the process would run the garbage collection V8 scheduled during the export.
module.flushCompileCache?.();
process.exit(code);
