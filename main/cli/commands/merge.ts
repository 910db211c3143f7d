import type { MergePlan } from '../../../shared/backup';
import type { Command } from '../context';
import { describeImport } from '../report';
import { fileArgument, passphraseFrom, withLiveDatabase } from './backup-common';

function describePlan(plan: MergePlan): string {
  const lines = [describeImport(plan.counts)];
  if (plan.duplicates.length === 0) lines.push('Không có cán bộ nào nghi trùng tên.');
  for (const d of plan.duplicates)
    lines.push(
      `Nghi trùng: ${d.incoming.fullName} (${d.incoming.id}) giống ${d.existing.map((e) => `${e.fullName} (${e.id})`).join(', ')} — hãy xem và gộp thủ công.`,
    );
  return lines.join('\n');
}

export const mergeCommand: Command = {
  run(ctx) {
    const file = fileArgument(ctx, 'merge FILE');
    const passphrase = passphraseFrom(ctx);
    return withLiveDatabase(ctx, async ({ backups }) => {
      if (ctx.options.dryRun) {
        const plan = await backups.previewMerge(file, passphrase);
        ctx.print(`Xem trước việc gộp ${file} (chưa ghi gì):\n${describePlan(plan)}`, {
          ok: true,
          dryRun: true,
          plan,
        });
        return 0;
      }
      const { plan, report, undoFile } = await backups.applyMerge(file, passphrase);
      ctx.print(`Đã gộp ${file}.\n${describePlan(plan)}\nDữ liệu trước khi gộp được giữ ở ${undoFile}.`, {
        ok: true,
        plan,
        report,
        undoFile,
      });
      return 0;
    });
  },
};
