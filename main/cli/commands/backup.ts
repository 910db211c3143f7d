import { AppError } from '../../../shared/errors';
import type { Command } from '../context';
import { passphraseFrom, withLiveDatabase } from './backup-common';
import { describeCounts } from './inspect';

export const backupCommand: Command = {
  run(ctx) {
    const out = ctx.checkedOut();
    if (!out) throw new AppError('E_USAGE', 'Thiếu tệp đích: backup --out FILE');
    const passphrase = passphraseFrom(ctx);
    return withLiveDatabase(ctx, async ({ backups }) => {
      const result = await backups.create(out, passphrase);
      ctx.print(
        [
          `Đã sao lưu và kiểm tra ${result.file} (${result.bytes} byte${result.encrypted ? ', đã mã hóa' : ''}).`,
          describeCounts(result.manifest.counts),
        ].join('\n'),
        { ok: true, ...result },
      );
      return 0;
    });
  },
};
