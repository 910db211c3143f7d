// Vietnamese labels for the backup screen.
import type { BackupCollection, BackupJob, MergeOutcome } from '../../../../shared/backup';

export const collectionLabels: Record<BackupCollection, string> = {
  organizations: 'Cơ quan',
  people: 'Cán bộ',
  meetings: 'Cuộc họp',
  programmes: 'Chương trình phối hợp',
  documents: 'Văn bản',
};

export const outcomeLabels: Record<MergeOutcome, string> = {
  added: 'Thêm mới',
  updated: 'Cập nhật',
  skipped: 'Giữ nguyên',
};

const reasonLabels: Record<string, string> = {
  manual: 'Sao lưu ngay',
  daily: 'Hằng ngày',
  quit: 'Khi thoát',
  'before-restore': 'Trước khi khôi phục',
  'before-merge': 'Trước khi gộp',
  'before-migration': 'Trước khi nâng cấp dữ liệu',
};
export const reasonLabel = (reason: string | null): string =>
  reason === null ? 'Tệp dữ liệu' : (reasonLabels[reason] ?? reason);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

const jobLabels: Record<BackupJob['kind'], string> = {
  backup: 'Đang sao lưu ra tệp…',
  automatic: 'Đang sao lưu tự động…',
  inspect: 'Đang kiểm tra một tệp sao lưu…',
  restore: 'Đang khôi phục dữ liệu…',
  'merge-check': 'Đang chạy thử gộp dữ liệu…',
  'merge-apply': 'Đang gộp dữ liệu…',
};

/** What the backup service is doing, e.g. "Đang sao lưu tự động (Hằng ngày)…". */
export function jobLabel(job: BackupJob): string {
  const label = jobLabels[job.kind];
  return job.kind === 'automatic' && job.reason
    ? label.replace('…', ` (${reasonLabel(job.reason)})…`)
    : label;
}
