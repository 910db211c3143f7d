// A sortable column header's two carets, drawn with antd's sorter classes (the look of antd's Table).
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';

export type SortOrder = 'ascend' | 'descend';

export function SortCarets({ order, both }: { order: SortOrder | null; both: boolean }) {
  const p = 'ant-table-column-sorter';
  return (
    <span className={`${p}${both ? ` ${p}-full` : ''}`}>
      <span className={`${p}-inner`} aria-hidden="true">
        <CaretUpOutlined className={`${p}-up${order === 'ascend' ? ' active' : ''}`} />
        {both ? <CaretDownOutlined className={`${p}-down${order === 'descend' ? ' active' : ''}`} /> : null}
      </span>
    </span>
  );
}
