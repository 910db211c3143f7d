// The names of the contract's calls without their zod schemas, so the sandboxed preload stays tiny.
// The compile-time check below fails when a call is added to shared/ipc.ts but not here (or vice versa).
import type { Channel } from './ipc';

export const channelNames = [
  'app.info',
  'organizations.list',
  'organizations.get',
  'organizations.save',
  'organizations.delete',
  'people.list',
  'people.get',
  'people.titles',
  'people.save',
  'people.delete',
  'meetings.list',
  'meetings.get',
  'meetings.save',
  'meetings.delete',
  'programmes.list',
  'programmes.get',
  'programmes.save',
  'programmes.delete',
  'documents.list',
  'documents.get',
  'documents.saveDraft',
  'documents.delete',
  'documents.issue',
  'documents.duplicate',
  'documents.exportDocx',
  'documents.saveDocxTo',
  'documents.generateFromMeeting',
  'documents.draftFromMeeting',
  'documents.generateFromProgramme',
  'register.peekNext',
  'register.setTermStart',
  'tasks.list',
  'tasks.get',
  'tasks.update',
  'dashboard.summary',
  'settings.get',
  'settings.save',
  'directory.duplicatePeople',
  'directory.mergePeople',
  'backup.status',
  'backup.saveSettings',
  'backup.create',
  'backup.runNow',
  'backup.inspect',
  'backup.restore',
  'backup.mergePreview',
  'backup.mergeApply',
  'files.chooseSavePath',
  'files.chooseOpenPath',
  'files.openPath',
] as const satisfies readonly Channel[];

type Missing = Exclude<Channel, (typeof channelNames)[number]>;
export const everyChannelListed: [Missing] extends [never] ? true : Missing = true;

const known: ReadonlySet<string> = new Set(channelNames);
export const isChannelName = (name: unknown): name is Channel => typeof name === 'string' && known.has(name);

/** Electron channel name for a call. */
export const ipcChannelName = (channel: Channel): string => `sohop:${channel}`;
