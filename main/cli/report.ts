import type { ImportReport } from '../exchange/import';

const names = {
  organizations: 'cơ quan',
  people: 'cán bộ',
  meetings: 'cuộc họp',
  programmes: 'chương trình',
  documents: 'văn bản',
} as const;

/** "Thêm mới: 4 cơ quan, 2 cán bộ…" — one line per outcome. */
export function describeImport(report: ImportReport): string {
  const line = (label: string, counts: ImportReport['added']) =>
    `${label}: ${Object.entries(names)
      .map(([key, name]) => `${counts[key as keyof typeof names]} ${name}`)
      .join(', ')}`;
  return [
    line('Thêm mới', report.added),
    line('Cập nhật', report.updated),
    line('Giữ nguyên', report.skipped),
  ].join('\n');
}
