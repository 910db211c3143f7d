// Every handler of the contract, built over the services. Plain TypeScript: the Electron
// registrar and the browser preview both serve this same map.
import type { Handlers } from '../../../shared/ipc';
import type { Services } from '../../services';
import { appHandlers, type AppFacts } from './app';
import { backupHandlers, type BackupHost } from './backup';
import { docxHandlers } from './docx';
import { documentHandlers } from './documents';
import { createFileGrants, fileHandlers, type DesktopHost } from './files';
import { meetingHandlers } from './meetings';
import { organizationHandlers } from './organizations';
import { peopleHandlers } from './people';
import { programmeHandlers } from './programmes';
import { registerHandlers } from './register';
import { reportHandlers } from './reports';
import {
  dashboardHandlers,
  directoryHandlers,
  reminderHandlers,
  settingsHandlers,
  taskHandlers,
} from './workspace';

/** `desktop` (native dialogs) is only passed by Electron; the preview has none. */
export function createHandlers(
  services: Services,
  facts: AppFacts,
  backupHost?: BackupHost,
  desktop?: DesktopHost,
): Handlers {
  const files = desktop ? { host: desktop, grants: createFileGrants() } : undefined;
  // `satisfies` makes a call of the contract without a handler a compile error.
  const parts = {
    ...appHandlers(services, facts),
    ...organizationHandlers(services),
    ...peopleHandlers(services),
    ...meetingHandlers(services),
    ...programmeHandlers(services),
    ...documentHandlers(services),
    ...docxHandlers(services, files?.grants),
    ...registerHandlers(services),
    ...taskHandlers(services),
    ...dashboardHandlers(services),
    ...reminderHandlers(services),
    ...reportHandlers(services, files?.grants),
    ...settingsHandlers(services),
    ...directoryHandlers(services),
    ...backupHandlers(services, facts, backupHost),
    ...fileHandlers(files),
  } satisfies Handlers;
  return parts;
}

export type { AppFacts, BackupHost, DesktopHost };
