import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { MergePlanSummary } from '../../../shared/backup';
import { tempDir } from '../../helpers/db';
import { fillWithDemo, trackDataFolders } from './fixtures';

const dataFolder = trackDataFolders();

describe('backup calls over the IPC contract', () => {
  it('backs up, previews, merges and restores through dispatch, swapping the database via the host', async () => {
    const folder = dataFolder();
    fillWithDemo(folder);
    let swaps = 0;
    const handlers = createHandlers(
      folder.services,
      { version: '0-test', databasePath: folder.databasePath },
      {
        dataDir: folder.dataDir,
        replaceDatabase: (install) => {
          folder.close();
          try {
            install();
            swaps++;
          } finally {
            folder.reopen();
          }
        },
      },
    );
    const out = path.join(tempDir(), 'ipc.sohop');
    const made = await dispatch(handlers, 'backup.create', { out, passphrase: 'bí mật' });
    expect(made).toMatchObject({ ok: true, value: { file: out, encrypted: true } });
    expect(await dispatch(handlers, 'backup.inspect', { file: out })).toMatchObject({
      ok: false,
      error: { code: 'E_BACKUP_PASSPHRASE' },
    });
    const preview = await dispatch(handlers, 'backup.mergePreview', { file: out, passphrase: 'bí mật' });
    expect(preview.ok).toBe(true);
    // The screen gets the counts; the record-by-record list stays on the worker.
    expect(preview.ok && preview.value).toMatchObject({ counts: { skipped: { meetings: 4 } } });
    expect(preview.ok && preview.value).not.toHaveProperty('items');
    const planId = preview.ok ? (preview.value as MergePlanSummary).planId : '';
    expect(
      await dispatch(handlers, 'backup.mergeApply', { file: out, passphrase: 'bí mật', planId }),
    ).toMatchObject({
      ok: true,
    });
    const restored = await dispatch(handlers, 'backup.restore', { file: out, passphrase: 'bí mật' });
    expect(restored).toMatchObject({ ok: true, value: { restored: { encrypted: true } } });
    expect(swaps).toBe(1);
    const status = await dispatch(handlers, 'backup.status', {});
    expect(status).toMatchObject({ ok: true, value: { progress: { running: false } } });
    expect(status.ok && status.value).toMatchObject({ settings: { keepDaily: 10, keepMonthly: 12 } });
  });

  it('refuses to restore where no host can swap the database (the browser preview)', async () => {
    const folder = dataFolder();
    const handlers = createHandlers(folder.services, { version: '0', databasePath: folder.databasePath });
    expect(await dispatch(handlers, 'backup.restore', { file: folder.databasePath })).toMatchObject({
      ok: false,
      error: { code: 'E_USAGE' },
    });
  });
});
