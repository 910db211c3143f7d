import { AppError } from '../../../shared/errors';
import { closeDatabase, openDatabase } from '../../db/connection';
import { exportDocxToFile } from '../../documents';
import { createServices } from '../../services';
import type { Command } from '../context';

export const exportDocxCommand: Command = {
  usage: 'export-docx --document ID --out FILE.docx',
  summary: 'Xuất một văn bản ra tệp Word (.docx) đúng thể thức',
  async run(ctx) {
    const { document } = ctx.options;
    const out = ctx.checkedOut();
    if (!document)
      throw new AppError('E_USAGE', 'Thiếu mã văn bản: export-docx --document ID --out FILE.docx');
    if (!out) throw new AppError('E_USAGE', 'Thiếu tệp đích: export-docx --document ID --out FILE.docx');
    // Opened here rather than through withServices: the DOCX is packed asynchronously.
    const db = openDatabase(ctx.options.db);
    try {
      const bytes = await exportDocxToFile(createServices(db).ctx, document, out);
      ctx.print(`Đã xuất ${out} (${bytes} byte).`, { ok: true, out, bytes });
      return 0;
    } finally {
      closeDatabase(db);
    }
  },
};
