import { assertNotDatabaseFile } from '../files/not-the-database';
import type { OperationRecord } from '../log/record';
import { defaultDatabasePath } from '../paths';
import type { Db } from '../db/types';
import type * as Open from './open';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Receives the command's record for the log file (the process entry passes one; tests may). */
  log?: (record: OperationRecord) => void;
}

export interface CliOptions {
  db: string;
  json: boolean;
  out?: string | undefined;
  meeting?: string | undefined;
  /** Id of the document `export-docx` writes. */
  document?: string | undefined;
  /** Name of the environment variable holding a backup's passphrase (never the passphrase itself). */
  passphraseEnv?: string | undefined;
  dryRun?: boolean;
  /** The year `search` limits meetings to, as typed. */
  year?: string | undefined;
  /** The kind of records `search` is limited to, as typed. */
  kind?: string | undefined;
  /** `tasks`: only overdue ones (with --due-within: overdue or due within DAYS). */
  overdue?: boolean;
  /** `tasks`: due within this many days, as typed. */
  dueWithin?: string | undefined;
  /** `tasks`: a unit assigned (lead or support); `report`: the tasks of that unit. */
  organization?: string | undefined;
  /** `report`: the meetings' period, as typed (YYYY-MM-DD or dd/mm/yyyy). */
  from?: string | undefined;
  to?: string | undefined;
  /** The document type `draft` makes, as typed. */
  type?: string | undefined;
  /** The issuing bodies `draft` names (`--issuer`, repeatable); the meeting's organizers when none. */
  issuer?: string[] | undefined;
}

export interface CommandContext {
  args: string[];
  options: CliOptions;
  io: CliIo;
  /**
   * Takes the database's one-writer lock (E_DB_LOCKED when another process holds it), opens it (creating
   * and migrating if needed), runs `use` (awaiting its promise), and always closes it and releases the lock.
   */
  withDatabase<T>(use: (db: Db) => T): T;
  /** The same for a command that only reads: no lock while the file is up to date (the app may be open). */
  readDatabase<T>(use: (db: Db) => T): T;
  /** `--out`, refused (E_USAGE) when it is a file of this database or of the app's own. */
  checkedOut(): string | undefined;
  /** Prints a result: as JSON with --json, else the human text. */
  print(human: string, json: unknown): void;
}

/** A command's code; its usage line and summary are in commands/list.ts (for --help without loading it). */
export interface Command {
  run(ctx: CommandContext): number | Promise<number>;
}

/** `open` is main/cli/open.ts, loaded with the command: --help and a misspelt command never load SQLite. */
export function createCommandContext(
  args: string[],
  options: CliOptions,
  io: CliIo,
  open: typeof Open,
): CommandContext {
  return {
    args,
    options,
    io,
    withDatabase: (use) => open.useThenClose(open.openForWriting(options.db), use),
    readDatabase: (use) => open.useThenClose(open.openForReading(options.db), use),
    checkedOut() {
      const { out } = options;
      if (out !== undefined) assertNotDatabaseFile(out, [options.db, defaultDatabasePath(io.env)]);
      return out;
    },
    print(human, json) {
      io.out(options.json ? JSON.stringify(json, null, 2) : human);
    },
  };
}
