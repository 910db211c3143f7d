import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { channels, ipcChannelName, type Channel, type Handlers } from '../../../shared/ipc';
import { createHandlers } from '../../../main/ipc/handlers';
import { registerIpcHandlers } from '../../../main/ipc/register';
import { openTestDb, type TestDb } from '../../helpers/db';
import { fakeInvokeEvent, ipcMain, resetStandIn } from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

let test: TestDb;
let handlers: Handlers;
let unregister: () => void;

beforeEach(() => {
  resetStandIn();
  test = openTestDb();
  handlers = createHandlers(test.services, { version: '0.1.0-test', databasePath: test.file });
  unregister = registerIpcHandlers(ipcMain, handlers);
});
afterEach(() => {
  unregister();
  test.close();
});

/** A call from the top frame of app://sohop unless another sender is given. */
const call = (channel: Channel, input: unknown, event = fakeInvokeEvent()) =>
  ipcMain.invoke(event, ipcChannelName(channel), input);

const organization = {
  id: randomUUID(),
  name: 'Văn phòng UBND tỉnh Nghệ An',
  family: 'state' as const,
};
const meeting = (startsAt: string) => ({
  id: randomUUID(),
  title: 'Họp giao ban tháng 11',
  kind: 'cuoc-hop' as const,
  startsAt,
  organizerIds: [organization.id],
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per call of the contract', () => {
    expect([...ipcMain.listeners.keys()].sort()).toStrictEqual(channels.map(ipcChannelName).sort());
    expect(ipcMain.listeners.size).toBe(channels.length);
  });

  it('removes every handler it registered', () => {
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
    unregister = registerIpcHandlers(ipcMain, handlers); // registering again must not throw
  });

  it.each([
    ['a subframe of app://sohop', { url: 'app://sohop/index.html', top: false }],
    ['a foreign page', { url: 'https://example.com/' }],
    ['a local file', { url: 'file:///C:/Users/x/page.html' }],
  ])('refuses a call from %s with E_IPC_SENDER and never runs the handler', async (_name, frame) => {
    const save = vi.spyOn(handlers, 'organizations.save');
    const result = await call('organizations.save', organization, fakeInvokeEvent(frame));
    expect(result).toMatchObject({ ok: false, error: { code: 'E_IPC_SENDER' } });
    expect(save).not.toHaveBeenCalled();
    expect(test.db.prepare('SELECT count(*) AS n FROM organizations').get()).toStrictEqual({ n: 0 });
  });

  it('refuses a call whose sender frame is gone', async () => {
    await expect(call('app.info', {}, fakeInvokeEvent(null))).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_IPC_SENDER' },
    });
  });

  it('rejects invalid input with E_VALIDATION naming the field, and saves nothing', async () => {
    await call('organizations.save', organization);
    const result = await call('meetings.save', meeting('next Tuesday'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'E_VALIDATION', path: 'startsAt', message: expect.stringContaining('startsAt') },
    });
    expect(test.db.prepare('SELECT count(*) AS n FROM meetings').get()).toStrictEqual({ n: 0 });
  });

  it('saves and reads back real rows through a trusted call', async () => {
    await expect(call('organizations.save', organization)).resolves.toMatchObject({
      ok: true,
      value: { id: organization.id, name: organization.name },
    });
    const saved = meeting('2026-11-23T08:00:00+07:00');
    await expect(call('meetings.save', saved)).resolves.toMatchObject({ ok: true, value: { id: saved.id } });

    expect(test.db.prepare('SELECT title, starts_at AS startsAt FROM meetings').all()).toStrictEqual([
      { title: saved.title, startsAt: '2026-11-23T08:00:00+07:00' },
    ]);
    const listed = await call('meetings.list', {});
    expect(listed).toMatchObject({ ok: true, value: { items: [{ id: saved.id, title: saved.title }] } });
  });

  it('answers app.info with the facts it was given and the real schema version', async () => {
    const result = await call('app.info', {});
    expect(result).toMatchObject({ ok: true, value: { version: '0.1.0-test', databasePath: test.file } });
    expect(result).toHaveProperty('value.schemaVersion', test.db.pragma('user_version', { simple: true }));
  });

  it("returns a service's AppError as its code and message", async () => {
    const missing = randomUUID();
    await expect(call('meetings.get', { id: missing })).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: expect.stringContaining(missing) },
    });
  });

  it('returns an AppError thrown by any handler as its code', async () => {
    unregister();
    const frozen = {
      ...handlers,
      'documents.delete': () => {
        throw new AppError('E_FROZEN', 'Văn bản đã ban hành, không xóa được.');
      },
    };
    unregister = registerIpcHandlers(ipcMain, frozen);
    await expect(call('documents.delete', { id: randomUUID() })).resolves.toStrictEqual({
      ok: false,
      error: { code: 'E_FROZEN', message: 'Văn bản đã ban hành, không xóa được.' },
    });
  });
});
