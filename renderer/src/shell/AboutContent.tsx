// Trợ giúp → Giới thiệu Sổ Họp: the version, when it was built, and where the data and the log are.
import { Descriptions, Typography } from 'antd';
import type { AppInfo } from '../../../shared/ipc';
import { formatDateTime } from '../lib/format';

export function AboutContent({ info }: { info: AppInfo }) {
  return (
    <>
      <Typography.Paragraph>
        Sổ ghi cuộc họp, biên bản, kết luận và văn bản cho văn phòng các cơ quan cấp tỉnh.
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'version', label: 'Phiên bản', children: info.version },
          { key: 'build', label: 'Ngày dựng', children: formatDateTime(info.buildDate) || 'không rõ' },
          {
            key: 'data',
            label: 'Thư mục dữ liệu',
            children: <Typography.Text copyable>{info.dataDir}</Typography.Text>,
          },
          { key: 'db', label: 'Cơ sở dữ liệu', children: info.databasePath },
          { key: 'log', label: 'Nhật ký', children: info.logDir },
          { key: 'schema', label: 'Phiên bản dữ liệu', children: info.schemaVersion },
        ]}
      />
    </>
  );
}
