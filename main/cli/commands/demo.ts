import { demoExchange, demoPartyTermStart } from '../../demo/seed-data';
import { DEFAULT_PARTY_TERM_KEY } from '../../services/register';
import type { Command } from '../context';
import { describeImport } from '../report';

export const demoCommand: Command = {
  usage: 'demo',
  summary: 'Nạp dữ liệu mẫu dựng từ các bài báo về Nghệ An',
  run(ctx) {
    const report = ctx.withServices((s) => {
      const result = s.exchange.import(demoExchange());
      if (s.ctx.repos.settings.get(DEFAULT_PARTY_TERM_KEY) === undefined)
        s.register.setDefaultTermStart(demoPartyTermStart);
      return result;
    });
    ctx.print(`Đã nạp dữ liệu mẫu.\n${describeImport(report)}`, { ok: true, report });
    return 0;
  },
};
