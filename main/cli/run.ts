// The command line: `npm run cli -- [--db PATH] [--json] COMMAND …`, over the same services as the app.
// Exit codes: 0 success, 2 bad input, 1 any other failure. Errors start with a stable code.
import { parseArgs } from 'node:util';
import { AppError, isInputError } from '../../shared/errors';
import { toAppError } from '../db/sqlite-errors';
import { defaultDatabasePath } from '../paths';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { documentsCommand } from './commands/documents';
import { draftCommand } from './commands/draft';
import { exportDocxCommand } from './commands/export-docx';
import { exportJsonCommand } from './commands/export-json';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { inspectCommand } from './commands/inspect';
import { mergeCommand } from './commands/merge';
import { restoreCommand } from './commands/restore';
import { searchCommand } from './commands/search';
import { createCommandContext, type CliIo, type Command } from './context';

const commands: Record<string, Command> = {
  init: initCommand,
  import: importCommand,
  'export-json': exportJsonCommand,
  documents: documentsCommand,
  draft: draftCommand,
  'export-docx': exportDocxCommand,
  demo: demoCommand,
  check: checkCommand,
  backup: backupCommand,
  restore: restoreCommand,
  merge: mergeCommand,
  inspect: inspectCommand,
  search: searchCommand,
};

function usage(io: CliIo): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`);
  return [
    'Cách dùng: npm run cli -- [--db ĐƯỜNG_DẪN] [--json] LỆNH …',
    '',
    'Lệnh:',
    ...lines,
    '',
    `Mặc định --db là cơ sở dữ liệu của ứng dụng: ${defaultDatabasePath(io.env)}`,
    'Mã thoát: 0 thành công, 2 dữ liệu vào sai, 1 lỗi khác.',
  ].join('\n');
}

/** Runs one command; commands that wait on the disk (backup, restore, merge) return a promise. */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
  let json = argv.includes('--json');
  const fail = (error: unknown): number => {
    const appError =
      error instanceof AppError
        ? error
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? new AppError('E_USAGE', `Tham số không hợp lệ: ${(error as Error).message}`)
          : toAppError(error);
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
    const command = commands[name];
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
      type: values.type,
      issuer: values.issuer,
    };
    const code = command.run(createCommandContext(args, options, io));
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (error) {
    return fail(error);
  }
}
