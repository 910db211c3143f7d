// The first-run welcome: shown while the database is new (no record of any kind and no office chosen
// in Cài đặt), with "Nạp dữ liệu mẫu" to try the app on demo data.
import type { ImportReport } from '../../exchange/import';
import { countRecords } from '../../backup/manifest';
import { loadDemo } from '../../demo/load';
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';

export function isFirstRun(s: Services): boolean {
  const counts = countRecords(s.ctx.db);
  return Object.values(counts).every((n) => n === 0) && s.settings.get().defaultIssuerId === null;
}

export const welcomeHandlers = (s: Services): FeatureHandlers<'welcome'> => ({
  'welcome.status': () => ({ firstRun: isFirstRun(s) }),
  'welcome.loadDemo': (): ImportReport => loadDemo(s),
});
