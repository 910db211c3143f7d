// All services over one open database: what the IPC handlers, the CLI, the preview and the tests use.
import { checkDatabase } from '../db/health';
import type { Db } from '../db/types';
import { exportAll, exportMeeting } from '../exchange/export';
import { importExchange } from '../exchange/import';
import { parseExchangeText } from '../exchange/validate';
import { createContext, type ServiceContext } from './context';
import { createDocumentService } from './documents';
import { createMeetingService } from './meetings';
import { createOrganizationService } from './organizations';
import { createPersonService } from './people';
import { createProgrammeService } from './programmes';
import { createRegisterService } from './register';
import { createDirectoryService } from './directory';
import { createSettingsService } from './settings';
import { createTaskService } from './tasks';
import { createTrashService } from './trash';
import { createSearchService } from '../search/service';
import { createReminderService } from './reminders';
import { lazyProperties } from '../lazy-properties';

export function createServices(db: Db, options: { now?: () => string } = {}) {
  const ctx: ServiceContext = createContext(db, options.now);
  // Each service is made on first use (see lazyProperties): a command uses one or two of them.
  // The ones others depend on come first, so the types do not refer to themselves.
  const shared = lazyProperties({
    register: () => createRegisterService(ctx),
    settings: () => createSettingsService(ctx),
    // Deleting a meeting, a draft or a person moves it to the Thùng rác (restorable for 30 days).
    trash: () => createTrashService(ctx),
    tasks: () => createTaskService(ctx),
  });
  return lazyProperties({
    ctx: () => ctx,
    organizations: () => createOrganizationService(ctx),
    people: () => ({ ...createPersonService(ctx), delete: (id: string) => void shared.trash.movePerson(id) }),
    meetings: () => ({
      ...createMeetingService(ctx),
      delete: (id: string) => void shared.trash.moveMeeting(id),
    }),
    programmes: () => createProgrammeService(ctx),
    documents: () => ({
      ...createDocumentService(ctx, shared.register),
      delete: (id: string) => void shared.trash.moveDocument(id),
    }),
    trash: () => shared.trash,
    register: () => shared.register,
    tasks: () => shared.tasks,
    reminders: () => createReminderService(ctx, shared.tasks),
    search: () => createSearchService(ctx),
    settings: () => shared.settings,
    directory: () => createDirectoryService(ctx, shared.settings),
    exchange: () => ({
      import: (raw: unknown) => importExchange(ctx, shared.register, raw),
      importText: (text: string) => importExchange(ctx, shared.register, parseExchangeText(text)),
      exportAll: () => exportAll(ctx),
      exportMeeting: (meetingId: string) => exportMeeting(ctx, meetingId),
    }),
    database: () => ({
      check: () => checkDatabase(db),
    }),
  });
}

export type Services = ReturnType<typeof createServices>;
