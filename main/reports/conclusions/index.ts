// Báo cáo tình hình thực hiện kết luận: one entry for the IPC handlers, the CLI and the benchmark.
import { conclusionReportSchema, type ConclusionReportQuery, type ReportFile } from '../../../shared/reports';
import { writeFileAtomic } from '../../files/atomic-write';
import type { Services } from '../../services';
import { loadConclusionReport, reportFileName } from './data';
import { conclusionReportDocx } from './docx';

export interface BuiltReport {
  fileName: string;
  data: Buffer;
  rows: number;
}

export async function buildConclusionReport(
  services: Services,
  query: ConclusionReportQuery,
): Promise<BuiltReport> {
  const q = conclusionReportSchema.parse(query);
  const report = loadConclusionReport(services, q);
  // exceljs (with its own zip and stream libraries, most of the bundled code) loads only for an .xlsx:
  // every other command of the CLI starts without compiling it.
  const data =
    q.format === 'docx'
      ? await conclusionReportDocx(services, report)
      : await (await import('./xlsx')).conclusionReportXlsx(report);
  return { fileName: reportFileName(report, q.format), data, rows: report.lines.length };
}

export async function conclusionReportForDownload(
  services: Services,
  query: ConclusionReportQuery,
): Promise<ReportFile> {
  const built = await buildConclusionReport(services, query);
  return { fileName: built.fileName, dataBase64: built.data.toString('base64'), rows: built.rows };
}

/** Writes the report atomically (a file open in Word or Excel gives E_FILE_LOCKED, the old file stays). */
export async function saveConclusionReport(
  services: Services,
  query: ConclusionReportQuery,
  file: string,
): Promise<{ path: string; bytes: number; rows: number }> {
  const built = await buildConclusionReport(services, query);
  writeFileAtomic(file, built.data);
  return { path: file, bytes: built.data.length, rows: built.rows };
}

export { loadConclusionReport, reportFileName } from './data';
