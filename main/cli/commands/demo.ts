import { loadDemo } from '../../demo/load';
import type { Command } from '../context';
import { describeImport } from '../report';
import { services } from './services';

export const demoCommand: Command = {
  run(ctx) {
    const report = ctx.withDatabase(services(loadDemo));
    ctx.print(`Đã nạp dữ liệu mẫu.\n${describeImport(report)}`, { ok: true, report });
    return 0;
  },
};
