import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLiveSession, type LiveSession } from '../../../main/backup/session';
import { acquireDatabaseLock } from '../../../main/db/lock';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Handlers } from '../../../shared/ipc';
import { demoExchange } from '../../../main/demo/seed-data';
import { tempDir } from '../../helpers/db';

describe('the live session main/index.ts uses', () => {
  it('restores through IPC under its lock, rebuilds the handlers, and backs up on quit', async () => {
    const dataDir = tempDir();
    const databasePath = path.join(dataDir, 'so-hop.sqlite');
    let handlers: Handlers | null = null;
    const build = (s: LiveSession) =>
      (handlers = createHandlers(s.services, { version: '0', databasePath }, s.backupHost));
    const session = await startLiveSession({ databasePath, dataDir, onReplaced: build });
    build(session);
    // The daily backup ran at start (none existed for today).
    while (session.backups.status().job) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(session.backups.status().backups.map((b) => b.reason)).toEqual(['daily']);
    expect(() => acquireDatabaseLock(databasePath)).toThrow(/Sổ Họp khác/);

    session.services.exchange.import(demoExchange());
    const file = path.join(tempDir(), 'demo.sohop');
    await session.backups.create(file);
    session.services.meetings.delete(session.services.ctx.repos.meetings.allIds()[0] ?? '');
    const before = handlers;
    const restored = await dispatch(before as unknown as Handlers, 'backup.restore', { file });
    expect(restored).toMatchObject({ ok: true, value: { restored: { counts: { meetings: 4 } } } });
    expect(handlers).not.toBe(before);
    const list = await dispatch(handlers as unknown as Handlers, 'meetings.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 4 } });
    // The old file, kept under a second name through the rename, is gone once the restore answers.
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('.restore-'))).toEqual([]);

    expect(session.closed).toBe(false);
    await session.shutDown();
    expect(session.closed).toBe(true);
    const reasons = session.backups.status().backups.map((b) => b.reason);
    expect(reasons).toContain('quit');
    expect(reasons).toContain('before-restore');
    acquireDatabaseLock(databasePath).release();
  });

  it('has one backup service: backup.status shows the daily backup, and a second job is refused while it runs', async () => {
    const dataDir = tempDir();
    const databasePath = path.join(dataDir, 'so-hop.sqlite');
    let handlers: Handlers | null = null;
    const build = (s: LiveSession) =>
      (handlers = createHandlers(s.services, { version: '0', databasePath }, s.backupHost));
    const session = await startLiveSession({ databasePath, dataDir, onReplaced: build });
    build(session);
    const call = (channel: 'backup.status' | 'backup.create' | 'backup.runNow', input: unknown) =>
      dispatch(handlers as unknown as Handlers, channel, input);

    // The daily backup started with the session; the screen's status is that of the same service.
    expect(await call('backup.status', {})).toMatchObject({
      ok: true,
      value: { job: { kind: 'automatic', reason: 'daily' }, progress: { running: true } },
    });
    const out = path.join(tempDir(), 'tay.sohop');
    expect(await call('backup.create', { out })).toMatchObject({
      ok: false,
      error: { code: 'E_BACKUP_BUSY', message: expect.stringContaining('sao lưu tự động') },
    });
    expect(await call('backup.runNow', {})).toMatchObject({ ok: false, error: { code: 'E_BACKUP_BUSY' } });
    while (session.backups.status().job) await new Promise((resolve) => setTimeout(resolve, 10));

    expect(await call('backup.create', { out })).toMatchObject({ ok: true, value: { file: out } });
    expect(await call('backup.status', {})).toMatchObject({
      ok: true,
      value: { job: null, backups: [{ reason: 'daily' }] },
    });
    await session.shutDown();
  });
});
