import type { AppInfo } from '../../../shared/ipc';
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export interface AppFacts {
  version: string;
  databasePath: string;
}

export const appHandlers = (s: Services, facts: AppFacts): FeatureHandlers<'app'> => ({
  'app.info': (): AppInfo => ({ ...facts, schemaVersion: s.database.check().schemaVersion }),
});
