import { AppError } from '../../../shared/errors';
import { readTextFile } from '../../files/read-text';
import type { Command } from '../context';
import { describeImport } from '../report';
import { services } from './services';

export const importCommand: Command = {
  run(ctx) {
    const [file] = ctx.args;
    if (!file) throw new AppError('E_USAGE', 'Thiếu đường dẫn tệp cần nhập: import FILE');
    const text = readTextFile(file);
    const report = ctx.withDatabase(services((s) => s.exchange.importText(text)));
    ctx.print(`Đã nhập ${file}.\n${describeImport(report)}`, { ok: true, report });
    return 0;
  },
};
