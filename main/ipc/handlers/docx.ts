// Official-format DOCX: export (as base64, for both IPC and the preview's JSON) and generated drafts.
import type { Handlers } from '../../../shared/ipc';
import {
  draftFromMeeting,
  exportDocxToFile,
  exportForDownload,
  generateFromMeeting,
  generateFromProgramme,
} from '../../documents';
import { assertNotDatabaseFile } from '../../files/not-the-database';
import type { Services } from '../../services';
import type { FileAccess } from './file-access';
import type { FileGrants } from './files';

export type DocxChannel =
  | 'documents.exportDocx'
  | 'documents.saveDocxTo'
  | 'documents.generateFromMeeting'
  | 'documents.draftFromMeeting'
  | 'documents.generateFromProgramme';

/**
 * `access`: where the page may write (the save dialog's choice in the desktop app, the preview's folder);
 * `grants` (desktop app only): once written, the DOCX may be opened.
 */
export const docxHandlers = (
  s: Services,
  access?: FileAccess,
  grants?: FileGrants,
): Pick<Handlers, DocxChannel> => ({
  'documents.exportDocx': ({ id }) => exportForDownload(s.ctx, id),
  'documents.saveDocxTo': async ({ id, path }) => {
    access?.checkWrite(path, 'docx');
    assertNotDatabaseFile(path, [s.ctx.db.name]);
    const bytes = await exportDocxToFile(s.ctx, id, path);
    grants?.written(path);
    return { path, bytes };
  },
  'documents.generateFromMeeting': ({ meetingId, type }) => generateFromMeeting(s, meetingId, type),
  'documents.draftFromMeeting': ({ meetingId, type, issuerIds }) =>
    draftFromMeeting(s, meetingId, type, issuerIds ? { issuerIds } : {}),
  'documents.generateFromProgramme': ({ programmeId }) => generateFromProgramme(s, programmeId),
});
