// Báo cáo tình hình thực hiện kết luận: as a download (base64) or written where the save dialog chose.
import type { Services } from '../../services';
import { conclusionReportForDownload, saveConclusionReport } from '../../reports/conclusions';
import type { FeatureHandlers } from './define';
import type { FileGrants } from './files';

/** `grants` (desktop app only): the path must come from the save dialog; once written it may be opened. */
export const reportHandlers = (s: Services, grants?: FileGrants): FeatureHandlers<'reports'> => ({
  'reports.conclusions': (query) => conclusionReportForDownload(s, query),
  'reports.saveConclusionsTo': async ({ path, ...query }) => {
    grants?.assertChosen(path);
    const saved = await saveConclusionReport(s, query, path);
    grants?.written(path);
    return { path: saved.path, bytes: saved.bytes };
  },
});
