// Move up, move down and remove: the buttons of one item of an ordered list.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { moveItem } from '../lib/lists';

export function ListItemActions<T>({
  items,
  index,
  onChange,
  moveUpLabel = 'Chuyển lên',
  moveDownLabel = 'Chuyển xuống',
  removeLabel,
}: {
  items: readonly T[];
  index: number;
  onChange: (next: T[]) => void;
  moveUpLabel?: string;
  moveDownLabel?: string;
  removeLabel: string;
}) {
  return (
    <Space size={0}>
      <Button
        type="text"
        size="small"
        icon={<ArrowUpOutlined />}
        aria-label={moveUpLabel}
        disabled={index === 0}
        onClick={() => onChange(moveItem(items, index, index - 1))}
      />
      <Button
        type="text"
        size="small"
        icon={<ArrowDownOutlined />}
        aria-label={moveDownLabel}
        disabled={index === items.length - 1}
        onClick={() => onChange(moveItem(items, index, index + 1))}
      />
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={removeLabel}
        onClick={() => onChange(items.filter((_item, j) => j !== index))}
      />
    </Space>
  );
}
