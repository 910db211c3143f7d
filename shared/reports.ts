// Báo cáo tình hình thực hiện kết luận: the tasks of the meetings held in a period, of one leader (who
// chaired them) or one body (that held them), as an official DOCX or an XLSX workbook.
import { z } from 'zod';
import { dateSchema, idSchema } from './exchange';

export const reportFormats = ['docx', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const conclusionReportSchema = z
  .object({
    format: z.enum(reportFormats),
    /** The meetings' dates, inclusive. */
    from: dateSchema,
    to: dateSchema,
    /** Conclusions of the meetings this leader chaired. */
    chairId: idSchema.optional(),
    /** Conclusions of the meetings this body held. */
    organizerId: idSchema.optional(),
    /** Only the tasks this unit leads or supports. */
    organizationId: idSchema.optional(),
    /** The body issuing the report; the office's default issuer (Cài đặt) when absent. */
    issuerId: idSchema.optional(),
  })
  .refine((r) => r.from <= r.to, { error: 'ngày bắt đầu phải trước ngày kết thúc', path: ['to'] });
export type ConclusionReportQuery = z.input<typeof conclusionReportSchema>;
export type ParsedConclusionReport = z.output<typeof conclusionReportSchema>;

export const saveConclusionReportSchema = conclusionReportSchema.and(
  z.object({ path: z.string().min(1).max(4000) }),
);

export interface ReportFile {
  fileName: string;
  dataBase64: string;
  /** Tasks in the report. */
  rows: number;
}
