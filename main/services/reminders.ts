// Reminders (Cài đặt → nhắc việc): what is overdue or due within a week, and whether to show it. The
// switch lives in the settings table under its own key.
import { reminderSettingsSchema, type ReminderDigest, type ReminderSettings } from '../../shared/tasks';
import type { ServiceContext } from './context';
import { writing } from './guards';
import type { TaskService } from './tasks';

export const REMINDERS_KEY = 'reminders';

export function createReminderService({ db, repos, now }: ServiceContext, tasks: TaskService) {
  function settings(): ReminderSettings {
    const parsed = reminderSettingsSchema.safeParse(repos.settings.get(REMINDERS_KEY) ?? {});
    return parsed.success ? parsed.data : reminderSettingsSchema.parse({});
  }
  return {
    settings,
    saveSettings(input: ReminderSettings): ReminderSettings {
      const value = reminderSettingsSchema.parse(input);
      writing(() => db.transaction(() => repos.settings.set(REMINDERS_KEY, value))());
      return settings();
    },
    /** Counts and the most urgent tasks, earliest due date first; empty when reminders are off. */
    digest(): ReminderDigest {
      const today = now().slice(0, 10);
      const { enabled } = settings();
      if (!enabled) return { today, enabled, overdue: 0, dueSoon: 0, items: [] };
      const overdue = tasks.list({ filter: 'overdue', limit: 5 });
      const dueSoon = tasks.list({ filter: 'due-soon', limit: 5 });
      return {
        today,
        enabled,
        overdue: overdue.total,
        dueSoon: dueSoon.total,
        items: [...overdue.items, ...dueSoon.items].slice(0, 5),
      };
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
