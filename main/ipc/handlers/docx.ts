// Official-format DOCX: export (as base64, for both IPC and the preview's JSON) and generated drafts.
import type { Handlers } from '../../../shared/ipc';
import {
  exportDocxToFile,
  exportForDownload,
  generateFromMeeting,
  generateFromProgramme,
} from '../../documents';
import type { Services } from '../../services';

export type DocxChannel =
  | 'documents.exportDocx'
  | 'documents.saveDocxTo'
  | 'documents.generateFromMeeting'
  | 'documents.generateFromProgramme';

export const docxHandlers = (s: Services): Pick<Handlers, DocxChannel> => ({
  'documents.exportDocx': ({ id }) => exportForDownload(s.ctx, id),
  'documents.saveDocxTo': async ({ id, path }) => ({
    path,
    bytes: await exportDocxToFile(s.ctx, id, path),
  }),
  'documents.generateFromMeeting': ({ meetingId, type }) => generateFromMeeting(s, meetingId, type),
  'documents.generateFromProgramme': ({ programmeId }) => generateFromProgramme(s, programmeId),
});
