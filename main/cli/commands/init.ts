import type { Command } from '../context';
import { services } from './services';

export const initCommand: Command = {
  run(ctx) {
    const version = ctx.withDatabase(services((s) => s.database.check().schemaVersion));
    ctx.print(`Đã sẵn sàng cơ sở dữ liệu ${ctx.options.db} (lược đồ phiên bản ${version}).`, {
      ok: true,
      database: ctx.options.db,
      schemaVersion: version,
    });
    return 0;
  },
};
