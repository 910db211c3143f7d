// Lịch công tác tuần: the week's data, its DOCX as a download (base64), or written where the save
// dialog chose (desktop) or under the preview's folder.
import { assertNotDatabaseFile } from '../../files/not-the-database';
import { saveWeekSchedule, weekSchedule, weekScheduleForDownload } from '../../reports/week';
import type { Services } from '../../services';
import type { FeatureHandlers } from './define';
import type { FileAccess } from './file-access';
import type { FileGrants } from './files';

export const scheduleHandlers = (
  s: Services,
  access?: FileAccess,
  grants?: FileGrants,
): FeatureHandlers<'schedule'> => ({
  'schedule.week': (query) => weekSchedule(s, query),
  'schedule.weekDocx': (query) => weekScheduleForDownload(s, query),
  'schedule.saveWeekDocxTo': async ({ path, ...query }) => {
    access?.checkWrite(path, 'docx');
    assertNotDatabaseFile(path, [s.ctx.db.name]);
    const saved = await saveWeekSchedule(s, query, path);
    grants?.written(path);
    return { path: saved.path, bytes: saved.bytes };
  },
});
