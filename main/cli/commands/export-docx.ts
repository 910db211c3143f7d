import { AppError } from '../../../shared/errors';
import { exportDocxToFile } from '../../documents/write';
import type { Command } from '../context';
import { createContext } from '../../services/context';

export const exportDocxCommand: Command = {
  async run(ctx) {
    const { document } = ctx.options;
    const out = ctx.checkedOut();
    if (!document)
      throw new AppError('E_USAGE', 'Thiếu mã văn bản: export-docx --document ID --out FILE.docx');
    if (!out) throw new AppError('E_USAGE', 'Thiếu tệp đích: export-docx --document ID --out FILE.docx');
    // The repositories alone (no services): what exporting one document reads.
    const bytes = await ctx.readDatabase((db) => exportDocxToFile(createContext(db), document, out));
    ctx.print(`Đã xuất ${out} (${bytes} byte).`, { ok: true, out, bytes });
    return 0;
  },
};
