// The calls behind Tổng quan, Kết luận & nhiệm vụ, Cài đặt and the directory's upkeep.
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export const taskHandlers = (s: Services): FeatureHandlers<'tasks'> => ({
  'tasks.list': (q) => s.tasks.list(q),
  'tasks.get': ({ id }) => s.tasks.get(id),
  'tasks.update': (update) => s.tasks.update(update),
  'tasks.bulkStatus': (input) => s.tasks.bulkStatus(input),
  'tasks.reassign': (input) => s.tasks.reassign(input),
  'tasks.stats': (query) => s.tasks.stats(query),
});

export const reminderHandlers = (s: Services): FeatureHandlers<'reminders'> => ({
  'reminders.digest': () => s.reminders.digest(),
  'reminders.settings': () => s.reminders.settings(),
  'reminders.saveSettings': (input) => s.reminders.saveSettings(input),
});

export const dashboardHandlers = (s: Services): FeatureHandlers<'dashboard'> => ({
  'dashboard.summary': () => s.tasks.dashboard(),
});

export const settingsHandlers = (s: Services): FeatureHandlers<'settings'> => ({
  'settings.get': () => s.settings.get(),
  'settings.save': (profile) => s.settings.save(profile),
});

export const directoryHandlers = (s: Services): FeatureHandlers<'directory'> => ({
  'directory.duplicatePeople': () => s.directory.duplicatePeople(),
  'directory.mergePeople': (input) => s.directory.mergePeople(input),
});
