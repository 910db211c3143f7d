// `report --from DATE --to DATE [--organization ID] --out FILE.docx|FILE.xlsx`: báo cáo tình hình thực
// hiện kết luận for the meetings held in the period (of the body --organization names, which also issues
// it), as the official DOCX or the Excel workbook the extension asks for.
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { idSchema } from '../../../shared/exchange';
import { closeDatabase, openDatabase } from '../../db/connection';
import { saveConclusionReport } from '../../reports/conclusions';
import { createServices } from '../../services';
import type { Command } from '../context';
import { parseCliDate } from '../dates';

const USAGE = 'report --from NGÀY --to NGÀY [--organization ID] --out TỆP.docx|TỆP.xlsx';

export const reportCommand: Command = {
  async run(ctx) {
    const { out, organization } = ctx.options;
    const from = parseCliDate(ctx.options.from, '--from');
    const to = parseCliDate(ctx.options.to, '--to');
    if (from > to) throw new AppError('E_USAGE', `Ngày --from (${from}) phải trước ngày --to (${to}).`);
    if (!out) throw new AppError('E_USAGE', `Thiếu tệp đích: ${USAGE}`);
    const format = path.extname(out).toLowerCase().slice(1);
    if (format !== 'docx' && format !== 'xlsx')
      throw new AppError('E_USAGE', `Tệp đích phải là .docx hoặc .xlsx: "${out}".`);
    if (organization !== undefined && !idSchema.safeParse(organization).success)
      throw new AppError('E_USAGE', `Mã cơ quan không hợp lệ: "${organization}" (phải là UUID).`);
    // Opened here rather than through withServices: the file is packed asynchronously.
    const db = openDatabase(ctx.options.db);
    try {
      const saved = await saveConclusionReport(
        createServices(db),
        { format, from, to, ...(organization ? { organizerId: organization } : {}) },
        out,
      );
      ctx.print(`Đã xuất ${out}: ${saved.rows} nhiệm vụ (${saved.bytes} byte).`, {
        ok: true,
        ...saved,
        format,
        from,
        to,
      });
      return 0;
    } finally {
      closeDatabase(db);
    }
  },
};
