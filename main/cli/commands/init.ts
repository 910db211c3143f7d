import type { Command } from '../context';

export const initCommand: Command = {
  usage: 'init',
  summary: 'Tạo (hoặc nâng cấp) cơ sở dữ liệu',
  run(ctx) {
    const version = ctx.withServices((s) => s.database.check().schemaVersion);
    ctx.print(`Đã sẵn sàng cơ sở dữ liệu ${ctx.options.db} (lược đồ phiên bản ${version}).`, {
      ok: true,
      database: ctx.options.db,
      schemaVersion: version,
    });
    return 0;
  },
};
