import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupFileInfo, CollectionCounts } from '../../../shared/backup';
import { toFileInfo } from '../../backup';
import { workerJobs } from '../../backup/worker/runner';
import type { Command } from '../context';
import { fileArgument, passphraseFrom } from './backup-common';

export function describeCounts(counts: CollectionCounts): string {
  return `Gồm: ${counts.organizations} cơ quan, ${counts.people} cán bộ, ${counts.meetings} cuộc họp, ${counts.programmes} chương trình, ${counts.documents} văn bản.`;
}

export function describeFile(info: BackupFileInfo): string {
  return [
    `Tệp: ${info.file}${info.encrypted ? ' (đã mã hóa)' : ''}`,
    `Đơn vị: ${info.officeName ?? '(không rõ)'}`,
    `Tạo lúc: ${info.createdAt ?? '(cơ sở dữ liệu trần, không có phần mô tả)'}${info.reason ? ` · ${info.reason}` : ''}`,
    `Lược đồ: phiên bản ${info.schemaVersion}`,
    describeCounts(info.counts),
  ].join('\n');
}

export const inspectCommand: Command = {
  async run(ctx) {
    const file = path.resolve(fileArgument(ctx, 'inspect FILE'));
    const passphrase = passphraseFrom(ctx);
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-inspect-'));
    try {
      const checked = await workerJobs.run({ kind: 'inspect', file, workDir, passphrase }, () => undefined);
      const info = toFileInfo(checked);
      ctx.print(`${describeFile(info)}\nKết quả: tệp hợp lệ, có thể khôi phục.`, { ok: true, ...info });
      return 0;
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  },
};
