// The command line: `npm run cli -- [--db PATH] [--json] COMMAND …`, over the same services as the app.
// Exit codes: 0 success, 2 bad input, 1 any other failure. Errors start with a stable code.
import { parseArgs } from 'node:util';
import { AppError, isInputError, type ErrorCode } from '../../shared/errors';
import { formatRecord } from '../log/record';
import { toAppError } from '../db/sqlite-errors';
import { defaultDatabasePath } from '../paths';
import { commands } from './commands/list';
import { createCommandContext, type CliIo } from './context';

function usage(io: CliIo): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`);
  return [
    'Cách dùng: npm run cli -- [--db ĐƯỜNG_DẪN] [--json] [--verbose] LỆNH …',
    '',
    'Lệnh:',
    ...lines,
    '',
    `Mặc định --db là cơ sở dữ liệu của ứng dụng: ${defaultDatabasePath(io.env)}`,
    '--verbose: in ra stderr các dòng nhật ký (thao tác, thời gian, mã lỗi) như trong tệp nhật ký.',
    'Mã thoát: 0 thành công, 2 dữ liệu vào sai, 1 lỗi khác.',
  ].join('\n');
}

/**
 * Runs one command. A command's module is loaded when it runs, so a command's result is a promise;
 * --help and a misspelt command line answer at once. Its record (command, duration, exit code, error code) goes to `io.log`, and with --verbose to stderr.
 */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
  const started = performance.now();
  const outcome: { command: string; code?: ErrorCode } = { command: 'usage' };
  const finish = (exit: number): number => {
    const record = {
      op: `cli ${outcome.command}`,
      ms: performance.now() - started,
      exit,
      code: outcome.code,
      at: new Date(),
    };
    io.log?.(record);
    if (argv.includes('--verbose')) io.err(formatRecord(record));
    return exit;
  };
  const exit = runCommand(argv, io, outcome);
  return typeof exit === 'number' ? finish(exit) : exit.then(finish);
}

function runCommand(
  argv: string[],
  io: CliIo,
  outcome: { command: string; code?: ErrorCode },
): number | Promise<number> {
  let json = argv.includes('--json');
  const fail = (error: unknown): number => {
    const appError =
      error instanceof AppError
        ? error
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? new AppError('E_USAGE', `Tham số không hợp lệ: ${(error as Error).message}`)
          : toAppError(error);
    outcome.code = appError.code;
    io.err(`${appError.code}: ${appError.message}`);
    if (json) io.out(JSON.stringify({ ok: false, error: appError.toInfo() }, null, 2));
    return isInputError(appError.code) ? 2 : 1;
  };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        meeting: { type: 'string' },
        document: { type: 'string' },
        'passphrase-env': { type: 'string' },
        'dry-run': { type: 'boolean' },
        year: { type: 'string' },
        verbose: { type: 'boolean' },
        kind: { type: 'string' },
        overdue: { type: 'boolean' },
        'due-within': { type: 'string' },
        organization: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        type: { type: 'string' },
        issuer: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    json = values.json ?? false;
    const [name, ...args] = positionals;
    if (values.help || !name) {
      io.out(usage(io));
      return values.help ? 0 : 2;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (command) outcome.command = name;
    if (!command)
      throw new AppError('E_USAGE', `Không có lệnh "${name}". Chạy với --help để xem danh sách lệnh.`);
    const options = {
      db: values.db ?? defaultDatabasePath(io.env),
      json,
      out: values.out,
      meeting: values.meeting,
      document: values.document,
      passphraseEnv: values['passphrase-env'],
      dryRun: values['dry-run'] ?? false,
      year: values.year,
      kind: values.kind,
      overdue: values.overdue ?? false,
      dueWithin: values['due-within'],
      organization: values.organization,
      from: values.from,
      to: values.to,
      type: values.type,
      issuer: values.issuer,
    };
    return Promise.all([command.load(), import('./open')])
      .then(([loaded, open]) => loaded.run(createCommandContext(args, options, io, open)))
      .catch(fail);
  } catch (error) {
    return fail(error);
  }
}
