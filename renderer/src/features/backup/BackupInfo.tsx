// What a backup file holds (backup.inspect), shown before a restore.
import { Descriptions, Tag } from 'antd';
import type { BackupFileInfo } from '../../../../shared/backup';
import { backupCollections } from '../../../../shared/backup';
import { formatDateTime } from '../../lib/format';
import { collectionLabels, reasonLabel } from './labels';

export function BackupInfo({ info }: { info: BackupFileInfo }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      aria-label="Nội dung tệp sao lưu"
      items={[
        { key: 'office', label: 'Cơ quan', children: info.officeName ?? '(không ghi)' },
        {
          key: 'created',
          label: 'Thời điểm sao lưu',
          children: info.createdAt ? formatDateTime(info.createdAt) : '(không rõ)',
        },
        { key: 'reason', label: 'Loại', children: reasonLabel(info.reason) },
        {
          key: 'encrypted',
          label: 'Mã hóa',
          children: info.encrypted ? <Tag color="blue">Có mật khẩu</Tag> : 'Không',
        },
        ...backupCollections.map((c) => ({
          key: c,
          label: collectionLabels[c],
          children: info.counts[c].toLocaleString('vi-VN'),
        })),
        { key: 'schema', label: 'Phiên bản dữ liệu', children: info.schemaVersion },
      ]}
    />
  );
}
