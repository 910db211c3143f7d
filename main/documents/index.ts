// The official-format DOCX engine (no Electron here: the CLI, the preview and tests use it as is).
export { exportDocx, buildDocument, type ExportOptions } from './export';
export { exportDocxToFile, exportForDownload, suggestedFileName } from './write';
export {
  draftFromMeeting,
  generateFromMeeting,
  generateFromProgramme,
  type GeneratorServices,
} from './generate';
export { rulesFor } from './rules';
export { dateLine, numberLine, docxFileName } from './format';
