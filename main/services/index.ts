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

export function createServices(db: Db, options: { now?: () => string } = {}) {
  const ctx: ServiceContext = createContext(db, options.now);
  const register = createRegisterService(ctx);
  const settings = createSettingsService(ctx);
  // Deleting a meeting, a draft or a person moves it to the Thùng rác (restorable for 30 days).
  const trash = createTrashService(ctx);
  const tasks = createTaskService(ctx);
  return {
    ctx,
    organizations: createOrganizationService(ctx),
    people: { ...createPersonService(ctx), delete: (id: string) => void trash.movePerson(id) },
    meetings: { ...createMeetingService(ctx), delete: (id: string) => void trash.moveMeeting(id) },
    programmes: createProgrammeService(ctx),
    documents: {
      ...createDocumentService(ctx, register),
      delete: (id: string) => void trash.moveDocument(id),
    },
    trash,
    register,
    tasks,
    reminders: createReminderService(ctx, tasks),
    search: createSearchService(ctx),
    settings,
    directory: createDirectoryService(ctx, settings),
    exchange: {
      import: (raw: unknown) => importExchange(ctx, register, raw),
      importText: (text: string) => importExchange(ctx, register, parseExchangeText(text)),
      exportAll: () => exportAll(ctx),
      exportMeeting: (meetingId: string) => exportMeeting(ctx, meetingId),
    },
    database: {
      check: () => checkDatabase(db),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
