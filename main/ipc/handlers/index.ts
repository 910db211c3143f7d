// Every handler of the contract, built over the services. Plain TypeScript: the Electron
// registrar and the browser preview both serve this same map.
import type { Handlers } from '../../../shared/ipc';
import type { Services } from '../../services';
import { appHandlers, type AppFacts } from './app';
import { backupHandlers, type BackupHost } from './backup';
import { docxHandlers } from './docx';
import { documentHandlers } from './documents';
import { grantedAccess, type FileAccess } from './file-access';
import { createFileGrants, fileHandlers, type DesktopHost } from './files';
import { meetingHandlers } from './meetings';
import { organizationHandlers } from './organizations';
import { peopleHandlers } from './people';
import { programmeHandlers } from './programmes';
import { registerHandlers } from './register';
import { dashboardHandlers, directoryHandlers, settingsHandlers, taskHandlers } from './workspace';

/**
 * `desktop` (native dialogs) is only passed by Electron: then every path the page names must come from a
 * dialog. The preview has none and passes `access` instead (its one folder). Tests may pass neither.
 */
export function createHandlers(
  services: Services,
  facts: AppFacts,
  backupHost?: BackupHost,
  desktop?: DesktopHost,
  access?: FileAccess,
): Handlers {
  const files = desktop ? { host: desktop, grants: createFileGrants() } : undefined;
  const paths = files ? grantedAccess(files.grants) : access;
  // `satisfies` makes a call of the contract without a handler a compile error.
  const parts = {
    ...appHandlers(services, facts),
    ...organizationHandlers(services),
    ...peopleHandlers(services),
    ...meetingHandlers(services),
    ...programmeHandlers(services),
    ...documentHandlers(services),
    ...docxHandlers(services, paths, files?.grants),
    ...registerHandlers(services),
    ...taskHandlers(services),
    ...dashboardHandlers(services),
    ...settingsHandlers(services),
    ...directoryHandlers(services),
    ...backupHandlers(services, facts, backupHost, paths),
    ...fileHandlers(files),
  } satisfies Handlers;
  return parts;
}

export type { AppFacts, BackupHost, DesktopHost, FileAccess };
