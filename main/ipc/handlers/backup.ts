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

export type { BackupHost };

const created = (r: BackupResult): BackupCreated => ({
  file: r.file,
  bytes: r.bytes,
  encrypted: r.encrypted,
  counts: r.manifest.counts,
});

export function backupHandlers(
  s: Services,
  facts: AppFacts,
  host: BackupHost = {},
): FeatureHandlers<'backup'> {
  // The app passes its session's service (the one the daily schedule uses); elsewhere this is the only one.
  const backups =
    host.backups ??
    createBackupService(s, {
      databasePath: facts.databasePath,
      dataDir: host.dataDir ?? path.dirname(path.resolve(facts.databasePath)),
    });
  return {
    'backup.status': () => backups.status(),
    'backup.saveSettings': (settings) => backups.saveSettings(settings),
    'backup.create': async ({ out, passphrase }) => created(await backups.create(out, passphrase)),
    'backup.runNow': async () => created(await backups.runAutomatic('manual')),
    'backup.inspect': ({ file, passphrase }) => backups.inspect(file, passphrase),
    'backup.restore': async ({ file, passphrase }) => {
      const replace = host.replaceDatabase;
      if (!replace)
        throw new AppError('E_USAGE', 'Chỉ khôi phục được trong ứng dụng Sổ Họp (hoặc bằng lệnh restore).');
      return backups.restore(file, passphrase, replace);
    },
    'backup.mergePreview': ({ file, passphrase }) => backups.previewMerge(file, passphrase),
    'backup.mergeApply': async ({ file, passphrase, planId }) => {
      const { report, undoFile } = await backups.applyMerge(file, passphrase, planId);
      return { report, undoFile };
    },
  };
}
