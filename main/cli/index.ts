// The command line's entry under plain Node: `npm run cli` runs the bundle of this file
// (out/main/cli.js). Node's compile cache is turned on before the rest is loaded, so the second and
// later runs skip compiling the bundled libraries.
import module from 'node:module';

module.enableCompileCache?.();
const { runCliProcess } = await import('./process');
process.exitCode = await runCliProcess(process.argv.slice(2));
