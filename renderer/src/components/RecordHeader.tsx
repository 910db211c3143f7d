// The header of a record's own screen (a meeting, a programme, a document): the way back to its list,
// its title with what describes it, and its actions.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';

export function RecordHeader({
  backHref,
  backLabel,
  title,
  details,
  actions,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  /** Under the title (kind, time, status…). */
  details?: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="page-header">
      <div style={{ minWidth: 0 }}>
        <Button type="link" icon={<ArrowLeftOutlined />} href={backHref} style={{ paddingInline: 0 }}>
          {backLabel}
        </Button>
        <h1>{title}</h1>
        {details}
      </div>
      <Space className="page-actions">{actions}</Space>
    </div>
  );
}
