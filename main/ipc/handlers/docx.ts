// Official-format DOCX: export (as base64, for both IPC and the preview's JSON) and generated drafts.
import type { Handlers } from '../../../shared/ipc';
import {
  draftFromMeeting,
  exportDocxToFile,
  exportForDownload,
  generateFromMeeting,
  generateFromProgramme,
} from '../../documents';
import type { Services } from '../../services';
import type { FileGrants } from './files';

export type DocxChannel =
  | 'documents.exportDocx'
  | 'documents.saveDocxTo'
  | 'documents.generateFromMeeting'
  | 'documents.draftFromMeeting'
  | 'documents.generateFromProgramme';

/** `grants` (desktop app only): the path must come from the save dialog; once written it may be opened. */
export const docxHandlers = (s: Services, grants?: FileGrants): Pick<Handlers, DocxChannel> => ({
  'documents.exportDocx': ({ id }) => exportForDownload(s.ctx, id),
  'documents.saveDocxTo': async ({ id, path }) => {
    grants?.assertChosen(path);
    const bytes = await exportDocxToFile(s.ctx, id, path);
    grants?.written(path);
    return { path, bytes };
  },
  'documents.generateFromMeeting': ({ meetingId, type }) => generateFromMeeting(s, meetingId, type),
  'documents.draftFromMeeting': ({ meetingId, type, issuerIds }) =>
    draftFromMeeting(s, meetingId, type, issuerIds ? { issuerIds } : {}),
  'documents.generateFromProgramme': ({ programmeId }) => generateFromProgramme(s, programmeId),
});
