// Runs the command line against this process's real stdout and stderr. Shared by the Node entry
// (main/cli/index.ts, what `npm run cli` runs) and the installed app's `SoHop.exe --cli` (main/cli-mode.ts).
import { runCli } from './run';

/** Resolves with the exit code once the output is written (a Windows console takes it asynchronously). */
export async function runCliProcess(argv: string[]): Promise<number> {
  const code = await runCli(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
  });
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  return code;
}

const flush = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
