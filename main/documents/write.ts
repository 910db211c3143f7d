// Writing an exported .docx: atomically (the old file or the whole new one, never half of it); a file
// open in Word gives E_FILE_LOCKED with a Vietnamese message.
import { writeFileAtomic } from '../files/atomic-write';
import type { ServiceContext } from '../services/context';
import { exportDocx, type ExportOptions } from './export';
import { docxFileName } from './format';
import { loadExportModel } from './model';

export async function exportDocxToFile(
  ctx: ServiceContext,
  documentId: string,
  file: string,
  options: ExportOptions = {},
): Promise<number> {
  const data = await exportDocx(ctx, documentId, options);
  writeFileAtomic(file, data);
  return data.length;
}

/** The suggested file name, e.g. `TB 05-TB-VPUB 05-01-2016.docx`. */
export function suggestedFileName(ctx: ServiceContext, documentId: string): string {
  const model = loadExportModel(ctx, documentId);
  return docxFileName(model.doc.type, model.doc.number, model.symbol, model.doc.issuedOn);
}

export async function exportForDownload(
  ctx: ServiceContext,
  documentId: string,
): Promise<{ fileName: string; dataBase64: string }> {
  const data = await exportDocx(ctx, documentId);
  return { fileName: suggestedFileName(ctx, documentId), dataBase64: data.toString('base64') };
}
