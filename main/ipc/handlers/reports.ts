// Báo cáo tình hình thực hiện kết luận: as a download (base64) or written where the save dialog chose.
import { assertNotDatabaseFile } from '../../files/not-the-database';
import type { Services } from '../../services';
import { conclusionReportForDownload, saveConclusionReport } from '../../reports/conclusions';
import type { FeatureHandlers } from './define';
import type { FileAccess } from './file-access';
import type { FileGrants } from './files';

/**
 * `access`: where the page may write (the save dialog's choice in the desktop app, the preview's folder);
 * `grants` (desktop app only): once written, the report may be opened.
 */
export const reportHandlers = (
  s: Services,
  access?: FileAccess,
  grants?: FileGrants,
): FeatureHandlers<'reports'> => ({
  'reports.conclusions': (query) => conclusionReportForDownload(s, query),
  'reports.saveConclusionsTo': async ({ path, ...query }) => {
    access?.checkWrite(path, query.format);
    assertNotDatabaseFile(path, [s.ctx.db.name]);
    const saved = await saveConclusionReport(s, query, path);
    grants?.written(path);
    return { path: saved.path, bytes: saved.bytes };
  },
});
