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
import { openedHandlers, type OpenedFiles } from './opened';
import { welcomeHandlers } from './welcome';
import { organizationHandlers } from './organizations';
import { peopleHandlers } from './people';
import { programmeHandlers } from './programmes';
import { registerHandlers } from './register';
import { trashHandlers } from './trash';
import { searchHandlers } from './search';
import { reportHandlers } from './reports';
import { scheduleHandlers } from './schedule';
import {
  dashboardHandlers,
  directoryHandlers,
  reminderHandlers,
  settingsHandlers,
  taskHandlers,
} from './workspace';

/**
 * `desktop` (native dialogs) and `edge.opened` (files from the command line) are only passed by Electron:
 * then every path the page names must come from a dialog or be the file the system opened. The preview
 * has neither and passes `edge.access` instead (its one folder). Tests may pass none.
 */
export function createHandlers(
  services: Services,
  facts: AppFacts,
  backupHost?: BackupHost,
  desktop?: DesktopHost,
  edge: { opened?: OpenedFiles; access?: FileAccess } = {},
): Handlers {
  const files = desktop ? { host: desktop, grants: createFileGrants() } : undefined;
  const paths = files ? grantedAccess(files.grants, edge.opened) : edge.access;
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
    ...reminderHandlers(services),
    ...reportHandlers(services, paths, files?.grants),
    ...scheduleHandlers(services, paths, files?.grants),
    ...settingsHandlers(services),
    ...directoryHandlers(services),
    ...trashHandlers(services),
    ...searchHandlers(services),
    ...backupHandlers(services, facts, backupHost, paths),
    ...fileHandlers(files),
    ...openedHandlers(edge.opened),
    ...welcomeHandlers(services),
  } satisfies Handlers;
  return parts;
}

export type { AppFacts, BackupHost, DesktopHost, FileAccess, OpenedFiles };
