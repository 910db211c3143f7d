import type { Command } from '../context';
import { fileArgument, passphraseFrom, withLiveDatabase } from './backup-common';
import { describeFile } from './inspect';

export const restoreCommand: Command = {
  run(ctx) {
    const file = fileArgument(ctx, 'restore FILE');
    const passphrase = passphraseFrom(ctx);
    return withLiveDatabase(ctx, async (session) => {
      const done = await session.backups.restore(file, passphrase, (commit) => {
        session.close();
        commit();
      });
      ctx.print(
        [
          `Đã khôi phục ${ctx.options.db} từ:`,
          describeFile(done.restored),
          `Dữ liệu trước khi khôi phục được giữ ở ${done.undoFile} (để hoàn tác: restore "${done.undoFile}").`,
        ].join('\n'),
        { ok: true, ...done },
      );
      return 0;
    });
  },
};
