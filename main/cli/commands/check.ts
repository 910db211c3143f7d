import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { assertSoHopDatabase, closeDatabase, openReadOnly } from '../../db/connection';
import { checkDatabase } from '../../db/health';
import { toAppError } from '../../db/sqlite-errors';
import type { Command } from '../context';

export const checkCommand: Command = {
  run(ctx) {
    const file = ctx.options.db;
    if (!fs.existsSync(file)) throw new AppError('E_FILE_NOT_FOUND', `Không tìm thấy cơ sở dữ liệu ${file}.`);
    const db = openReadOnly(file);
    try {
      assertSoHopDatabase(db, file);
      const report = checkDatabase(db);
      const lines = [
        `Cơ sở dữ liệu: ${file}`,
        `Toàn vẹn: ${report.integrity.join('; ')}`,
        `Khóa ngoại: ${report.foreignKeyViolations.length === 0 ? 'ok' : `${report.foreignKeyViolations.length} lỗi`}`,
        `Lược đồ: phiên bản ${report.schemaVersion} (phần mềm hiểu tới ${report.latestSchemaVersion})`,
        report.ok ? 'Kết quả: tốt.' : 'Kết quả: có vấn đề, hãy khôi phục từ bản sao lưu.',
      ];
      ctx.print(lines.join('\n'), report);
      return report.ok ? 0 : 1;
    } catch (error) {
      throw toAppError(error, file);
    } finally {
      closeDatabase(db);
    }
  },
};
