import { AppError } from '../../../shared/errors';
import { exportDocxToFile } from '../../documents';
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
    const bytes = await ctx.readServices((s) => exportDocxToFile(s.ctx, document, out));
    ctx.print(`Đã xuất ${out} (${bytes} byte).`, { ok: true, out, bytes });
    return 0;
  },
};
