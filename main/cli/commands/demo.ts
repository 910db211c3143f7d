import { loadDemo } from '../../demo/load';
import type { Command } from '../context';
import { describeImport } from '../report';

export const demoCommand: Command = {
  usage: 'demo',
  summary: 'Nạp dữ liệu mẫu dựng từ các bài báo về Nghệ An',
  run(ctx) {
    const report = ctx.withServices(loadDemo);
    ctx.print(`Đã nạp dữ liệu mẫu.\n${describeImport(report)}`, { ok: true, report });
    return 0;
  },
};
