// The header's upper line (ô 2), printed upright and not bold above the body's own bold name: taken from
// the parent body (`UBND TỈNH NGHỆ AN` above `SỞ NỘI VỤ`), none (`ỦY BAN NHÂN DÂN` / `HUYỆN ĐÔ LƯƠNG`,
// whatever its parent), or typed (`ĐẢNG BỘ TỈNH NGHỆ AN` above `HUYỆN ỦY ĐÔ LƯƠNG`).
import { Form, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Organization } from '../../../../shared/exchange';
import { upperLineOf } from '../../../../shared/header-lines';
import { invoke } from '../../api';

type Mode = 'parent' | 'none' | 'custom';
const modeOf = (line: Organization['headerParentLine']): Mode =>
  line === undefined ? 'parent' : line === null ? 'none' : 'custom';

/** The parent body as stored (its header lines), for showing the line it gives. */
function useParent(parentId: string | null | undefined): Organization | undefined {
  const [parent, setParent] = useState<{ id: string; org: Organization } | undefined>();
  useEffect(() => {
    if (!parentId) return;
    let live = true;
    invoke('organizations.get', { id: parentId }).then(
      (org) => live && setParent({ id: parentId, org }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [parentId]);
  return parentId && parent?.id === parentId ? parent.org : undefined;
}

export function UpperLineField({
  value,
  onChange,
}: {
  value: Organization;
  onChange: (line: Organization['headerParentLine']) => void;
}) {
  const parent = useParent(value.parentId);
  const mode = modeOf(value.headerParentLine);
  const fromParent = parent ? upperLineOf({}, parent) : null;
  return (
    <Form.Item
      label="Dòng trên tên cơ quan ở tiêu đề (in đứng, không đậm)"
      extra="Ủy ban nhân dân, Hội đồng nhân dân cấp huyện, xã: chọn “Không có”. Cấp ủy đảng: nhập tên đảng bộ, ví dụ ĐẢNG BỘ TỈNH NGHỆ AN."
    >
      <Radio.Group
        aria-label="Dòng trên tên cơ quan"
        value={mode}
        onChange={(e) => {
          const next = e.target.value as Mode;
          onChange(next === 'parent' ? undefined : next === 'none' ? null : (fromParent ?? ''));
        }}
      >
        <Space orientation="vertical">
          <Radio value="parent">
            Theo cơ quan cấp trên{' '}
            <Typography.Text type="secondary">
              {value.parentId
                ? fromParent
                  ? `(${fromParent})`
                  : ''
                : '(chưa chọn cơ quan cấp trên: không in)'}
            </Typography.Text>
          </Radio>
          <Radio value="none">Không có</Radio>
          <Radio value="custom">Nhập riêng</Radio>
        </Space>
      </Radio.Group>
      {mode === 'custom' ? (
        <Input
          aria-label="Dòng trên tên cơ quan (nhập riêng)"
          style={{ marginTop: 8, maxWidth: 420 }}
          placeholder="Ví dụ: ĐẢNG BỘ TỈNH NGHỆ AN"
          value={typeof value.headerParentLine === 'string' ? value.headerParentLine : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : null}
    </Form.Item>
  );
}
