// Groups attending without their members named, e.g. "Đại diện lãnh đạo các sở, ban, ngành".
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';

export function AttendeeGroupsEditor({
  groups,
  onChange,
}: {
  groups: string[];
  onChange: (next: string[]) => void;
}) {
  // After "Thêm nhóm" the caret goes into the new field (autoFocus acts when it mounts).
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  return (
    <section style={{ marginTop: 20 }} aria-label="Nhóm thành phần">
      <Typography.Title level={5}>Nhóm thành phần (không ghi tên từng người)</Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {groups.map((g, i) => (
          <Space.Compact key={i} style={{ width: '100%' }}>
            <Input
              autoFocus={i === focusIndex}
              aria-label={`Nhóm thành phần ${i + 1}`}
              placeholder="Ví dụ: Đại diện lãnh đạo các sở, ban, ngành"
              value={g}
              status={g.trim() ? undefined : 'warning'}
              title={g.trim() ? undefined : 'Nhóm để trống không được lưu'}
              onChange={(e) => onChange(groups.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label={`Xóa nhóm ${i + 1}`}
              onClick={() => onChange(groups.filter((_x, j) => j !== i))}
            />
          </Space.Compact>
        ))}
        {groups.some((g) => !g.trim()) ? (
          <Typography.Text type="secondary">Nhóm để trống không được lưu.</Typography.Text>
        ) : null}
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            onChange([...groups, '']);
            setFocusIndex(groups.length);
          }}
        >
          Thêm nhóm
        </Button>
      </Space>
    </section>
  );
}
