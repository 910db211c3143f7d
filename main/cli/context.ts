import { closeDatabase, openDatabase } from '../db/connection';
import { createServices, type Services } from '../services';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
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
  /** The document type `draft` makes, as typed. */
  type?: string | undefined;
  /** The issuing bodies `draft` names (`--issuer`, repeatable); the meeting's organizers when none. */
  issuer?: string[] | undefined;
}

export interface CommandContext {
  args: string[];
  options: CliOptions;
  io: CliIo;
  /** Opens (creating and migrating if needed) the database, runs `use`, and always closes it. */
  withServices<T>(use: (services: Services) => T): T;
  /** Prints a result: as JSON with --json, else the human text. */
  print(human: string, json: unknown): void;
}

export interface Command {
  usage: string;
  summary: string;
  run(ctx: CommandContext): number | Promise<number>;
}

export function createCommandContext(args: string[], options: CliOptions, io: CliIo): CommandContext {
  return {
    args,
    options,
    io,
    withServices(use) {
      const db = openDatabase(options.db);
      try {
        return use(createServices(db));
      } finally {
        closeDatabase(db);
      }
    },
    print(human, json) {
      io.out(options.json ? JSON.stringify(json, null, 2) : human);
    },
  };
}
