// The items of a programme in an editable table: content, lead and support units, timing.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table } from 'antd';
import type { ProgrammeItem } from '../../../../shared/exchange';
import { ListItemActions } from '../../components/ListItemActions';
import { ConclusionText } from '../meetings/ConclusionText';
import { blankItem } from './draft';
import { OrganizationPicker } from '../../components/OrganizationPicker';

export function ProgrammeItemsTable({
  items,
  onChange,
}: {
  items: ProgrammeItem[];
  onChange: (next: ProgrammeItem[]) => void;
}) {
  const update = (i: number, patch: Partial<ProgrammeItem>) =>
    onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const rows = items.map((item, index) => ({ item, index, key: index }));
  return (
    <>
      <Table
        className="programme-items"
        tableLayout="fixed"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: 'Chưa có nội dung phối hợp nào' }}
        columns={[
          { key: 'n', title: 'TT', width: 48, render: (_: unknown, r) => r.index + 1 },
          {
            key: 'content',
            title: 'Nội dung',
            render: (_: unknown, r) => (
              <ConclusionText
                label={`Nội dung ${r.index + 1}`}
                placeholder="Nội dung phối hợp…"
                value={r.item.content}
                onChange={(content) => update(r.index, { content })}
              />
            ),
          },
          {
            key: 'lead',
            title: 'Chủ trì',
            width: 220,
            render: (_: unknown, r) => (
              <OrganizationPicker
                mode="multiple"
                className="wrap-tags"
                label={`Chủ trì ${r.index + 1}`}
                allowCreate
                style={{ width: '100%' }}
                value={r.item.leadIds ?? []}
                onChange={(leadIds) => update(r.index, { leadIds })}
              />
            ),
          },
          {
            key: 'support',
            title: 'Phối hợp',
            width: 220,
            render: (_: unknown, r) => (
              <OrganizationPicker
                mode="multiple"
                className="wrap-tags"
                label={`Phối hợp ${r.index + 1}`}
                allowCreate
                style={{ width: '100%' }}
                value={r.item.supportIds ?? []}
                onChange={(supportIds) => update(r.index, { supportIds })}
              />
            ),
          },
          {
            key: 'timing',
            title: 'Thời gian',
            width: 150,
            render: (_: unknown, r) => (
              <Input.TextArea
                aria-label={`Thời gian ${r.index + 1}`}
                placeholder="Quý I, Thường xuyên…"
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={r.item.timing ?? ''}
                onChange={(e) => update(r.index, { timing: e.target.value })}
              />
            ),
          },
          {
            key: 'actions',
            width: 100,
            render: (_: unknown, r) => (
              <ListItemActions
                items={items}
                index={r.index}
                onChange={onChange}
                removeLabel={`Xóa nội dung ${r.index + 1}`}
              />
            ),
          },
        ]}
      />
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => onChange([...items, blankItem(items.length + 1)])}
      >
        Thêm nội dung
      </Button>
    </>
  );
}
