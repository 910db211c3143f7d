import path from 'node:path';
import type { AppInfo } from '../../../shared/ipc';
import { logFolder } from '../../log/operation-log';
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export interface AppFacts {
  version: string;
  databasePath: string;
  /** When the bundle was built (main/build-info.ts); unknown when running from sources. */
  buildDate?: string | null;
  /** The data folder; by default the database's folder. */
  dataDir?: string;
}

export const appHandlers = (s: Services, facts: AppFacts): FeatureHandlers<'app'> => ({
  'app.info': (): AppInfo => {
    const dataDir = facts.dataDir ?? path.dirname(path.resolve(facts.databasePath));
    return {
      version: facts.version,
      databasePath: facts.databasePath,
      schemaVersion: s.database.check().schemaVersion,
      buildDate: facts.buildDate ?? null,
      dataDir,
      logDir: logFolder(dataDir),
    };
  },
});
