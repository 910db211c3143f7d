import type { Command } from '../context';
import { fileArgument, passphraseFrom, withLiveDatabase } from './backup-common';
import { describeFile } from './inspect';

export const restoreCommand: Command = {
  usage: 'restore FILE [--passphrase-env VAR]',
  summary: 'Khôi phục từ tệp sao lưu (kiểm tra đầy đủ; dữ liệu hiện tại được sao lưu trước)',
  run(ctx) {
    const file = fileArgument(ctx, 'restore FILE');
    const passphrase = passphraseFrom(ctx);
    return withLiveDatabase(ctx, async (session) => {
      const prepared = await session.backups.prepareRestore(file, passphrase);
      try {
        session.close();
        prepared.commit();
      } catch (error) {
        prepared.discard();
        throw error;
      }
      ctx.print(
        [
          `Đã khôi phục ${ctx.options.db} từ:`,
          describeFile(prepared.description),
          `Dữ liệu trước khi khôi phục được giữ ở ${prepared.undoFile} (để hoàn tác: restore "${prepared.undoFile}").`,
        ].join('\n'),
        { ok: true, restored: prepared.description, undoFile: prepared.undoFile },
      );
      return 0;
    });
  },
};
