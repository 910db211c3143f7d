// Runs the command line against this process's real stdout and stderr. Shared by the Node entry
// (main/cli/index.ts, what `npm run cli` runs) and the installed app's `SoHop.exe --cli` (main/cli-mode.ts).
import { appendOperationRecords } from '../log/append';
import type { OperationRecord } from '../log/record';
import { userDataDir } from '../paths';
import { runCli } from './run';

/**
 * Resolves with the exit code once the output and the log line are written (a Windows console takes
 * output asynchronously). The command's line goes to the log file of the data folder.
 */
export async function runCliProcess(argv: string[]): Promise<number> {
  const records: OperationRecord[] = [];
  const code = await runCli(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    log: (record) => records.push(record),
  });
  await Promise.all([
    flush(process.stdout),
    flush(process.stderr),
    appendOperationRecords(userDataDir(process.env), records),
  ]);
  return code;
}

const flush = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
