// What the backup commands share: the passphrase from an environment variable, and the live database
// opened under its single-writer lock with the backup service over it.
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { createBackupService, removeStaleTemporaryFiles, type BackupService } from '../../backup';
import { closeDatabase } from '../../db/connection';
import { createServices, type Services } from '../../services';
import { openForWriting } from '../open';
import type { CommandContext } from '../context';

/** The passphrase travels in an environment variable so it never shows in the process list or shell history. */
export function passphraseFrom(ctx: CommandContext): string | undefined {
  const name = ctx.options.passphraseEnv;
  if (name === undefined) return undefined;
  const value = ctx.io.env[name];
  if (value === undefined || value === '')
    throw new AppError('E_USAGE', `Biến môi trường ${name} (mật khẩu) chưa được đặt hoặc rỗng.`);
  return value;
}

export function fileArgument(ctx: CommandContext, usage: string): string {
  const [file] = ctx.args;
  if (!file) throw new AppError('E_USAGE', `Thiếu đường dẫn tệp: ${usage}`);
  return file;
}

export interface LiveSession {
  services: Services;
  backups: BackupService;
  /** Closes the connection (checkpointing the WAL) so the file can be swapped; idempotent. */
  close(): void;
}

/** Opens the database under its lock for `use`, and always closes it and releases the lock. */
export async function withLiveDatabase<T>(
  ctx: CommandContext,
  use: (session: LiveSession) => Promise<T>,
): Promise<T> {
  const databasePath = ctx.options.db;
  const opened = openForWriting(databasePath);
  try {
    const dataDir = path.dirname(path.resolve(databasePath));
    // Under the lock no app or other command works on this data: what a killed run left is stale.
    removeStaleTemporaryFiles(databasePath, dataDir);
    const services = createServices(opened.db);
    const session: LiveSession = {
      services,
      backups: createBackupService(services, { databasePath, dataDir }),
      close: () => closeDatabase(opened.db),
    };
    return await use(session);
  } finally {
    opened.close();
  }
}
