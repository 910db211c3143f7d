// Cài đặt → Sao lưu & khôi phục. Restoring replaces the database file, which only the edge that owns
// the connection can do: it passes `replaceDatabase` (close, run `install`, reopen, rebuild handlers).
import path from 'node:path';
import type { BackupCreated } from '../../../shared/backup';
import { AppError } from '../../../shared/errors';
import { createBackupService } from '../../backup';
import type { BackupHost } from '../../backup/session';
import type { BackupResult } from '../../backup/create';
import type { Services } from '../../services';
import type { AppFacts } from './app';
import type { FeatureHandlers } from './define';
import type { FileAccess } from './file-access';

export type { BackupHost };

const created = (r: BackupResult): BackupCreated => ({
  file: r.file,
  bytes: r.bytes,
  encrypted: r.encrypted,
  counts: r.manifest.counts,
});

/** `access`: which paths the page may name (see file-access.ts); unchecked only in tests. */
export function backupHandlers(
  s: Services,
  facts: AppFacts,
  host: BackupHost = {},
  access?: FileAccess,
): FeatureHandlers<'backup'> {
  // The app passes its session's service (the one the daily schedule uses); elsewhere this is the only one.
  const backups =
    host.backups ??
    createBackupService(s, {
      databasePath: facts.databasePath,
      dataDir: host.dataDir ?? path.dirname(path.resolve(facts.databasePath)),
    });
  /** A file to read: one the app listed as an automatic backup, or one the page may name. */
  const readable = (file: string): string => {
    if (!backups.status().backups.some((b) => b.file === file)) access?.checkRead(file);
    return file;
  };
  return {
    'backup.status': () => backups.status(),
    'backup.saveSettings': (settings) => {
      // Unchanged (the form sends it back with every other change) or the default: nothing new to allow.
      const folder = settings.folder;
      if (folder !== null && folder !== backups.status().settings.folder) access?.checkFolder(folder);
      return backups.saveSettings(settings);
    },
    'backup.create': async ({ out, passphrase }) => {
      access?.checkWrite(out, 'sohop');
      return created(await backups.create(out, passphrase));
    },
    'backup.runNow': async () => created(await backups.runAutomatic('manual')),
    'backup.inspect': ({ file, passphrase }) => backups.inspect(readable(file), passphrase),
    'backup.restore': async ({ file, passphrase }) => {
      const source = readable(file);
      const replace = host.replaceDatabase;
      if (!replace)
        throw new AppError('E_USAGE', 'Chỉ khôi phục được trong ứng dụng Sổ Họp (hoặc bằng lệnh restore).');
      return backups.restore(source, passphrase, replace);
    },
    // The screen shows the counts: the record-by-record list stays on the worker.
    'backup.mergePreview': ({ file, passphrase }) =>
      backups.previewMerge(readable(file), passphrase, 'summary'),
    'backup.mergeApply': async ({ file, passphrase, planId }) => {
      const { report, undoFile } = await backups.applyMerge(readable(file), passphrase, planId, 'summary');
      return { report, undoFile };
    },
  };
}
