// Báo cáo tình hình thực hiện kết luận: one entry for the IPC handlers, the CLI and the benchmark.
import { conclusionReportSchema, type ConclusionReportQuery, type ReportFile } from '../../../shared/reports';
import type { Services } from '../../services';
import { forDownload, saveBuilt } from '../built-file';
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
  return forDownload(await buildConclusionReport(services, query));
}

export async function saveConclusionReport(services: Services, query: ConclusionReportQuery, file: string) {
  return saveBuilt(file, await buildConclusionReport(services, query));
}

export { loadConclusionReport, reportFileName } from './data';
