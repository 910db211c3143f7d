// An organization: name, family, parent, symbol, header lines (tên cơ quan in the document header), the
// header's upper line (from the parent, none, or typed), place.
import { Alert, Card, Form, Input, Select, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Organization } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LinesTextArea } from '../../components/LinesTextArea';
import { describeError } from '../../lib/errors';
import { useAction } from '../../lib/useAction';
import { SaveDeleteButtons } from './SaveDeleteButtons';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { UpperLineField } from './UpperLineField';

export function OrganizationForm({
  id,
  isNew,
  onSaved,
  onDeleted,
}: {
  id: string;
  isNew: boolean;
  onSaved: (id: string) => void;
  onDeleted: () => void;
}) {
  const [value, setValue] = useState<Organization | null>(isNew ? { id, name: '', family: 'state' } : null);
  const { busy, error, setError, run } = useAction();

  useEffect(() => {
    if (isNew) return;
    let live = true;
    invoke('organizations.get', { id }).then(
      (org) => live && setValue(org),
      (e: unknown) => live && setError(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, [id, isNew, setError]);

  if (!value) return error ? <Alert type="error" role="alert" title={error} /> : <Spin />;

  const setUpperLine = (headerParentLine: Organization['headerParentLine']) => {
    const { headerParentLine: _old, ...rest } = value;
    setValue(headerParentLine === undefined ? rest : { ...rest, headerParentLine });
  };

  const save = async () => {
    const headerLines = (value.headerLines ?? []).map((l) => l.trim()).filter(Boolean);
    if (!value.name.trim()) return setError('Cần nhập tên cơ quan.');
    if (headerLines.length > 4) return setError('Tên ở tiêu đề văn bản có tối đa 4 dòng.');
    const upper = value.headerParentLine;
    if (typeof upper === 'string' && !upper.trim())
      return setError('Nhập dòng trên của tiêu đề, hoặc chọn "Theo cơ quan cấp trên" / "Không có".');
    await run(async () => {
      const { headerLines: _old, ...rest } = value;
      const saved = await invoke('organizations.save', {
        ...rest,
        name: value.name.trim(),
        ...(headerLines.length ? { headerLines } : {}),
        ...(typeof upper === 'string' ? { headerParentLine: upper.trim() } : {}),
      });
      onSaved(saved.id);
    });
  };
  const remove = async () => {
    try {
      await invoke('organizations.delete', { id });
      onDeleted();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Card title={isNew ? 'Cơ quan mới' : value.name}>
      <Form layout="vertical" component="div">
        <Form.Item label="Tên cơ quan" required htmlFor="org-name">
          <Input
            id="org-name"
            value={value.name}
            onChange={(e) => setValue({ ...value, name: e.target.value })}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item label="Hệ thống" htmlFor="org-family">
            <Select
              id="org-family"
              style={{ width: 160 }}
              value={value.family}
              onChange={(family: Organization['family']) => setValue({ ...value, family })}
              options={[
                { value: 'state', label: 'Nhà nước' },
                { value: 'party', label: 'Đảng' },
              ]}
            />
          </Form.Item>
          <Form.Item label="Ký hiệu" htmlFor="org-symbol">
            <Input
              id="org-symbol"
              style={{ width: 160 }}
              placeholder="Ví dụ: UBND, TU"
              value={value.symbol ?? ''}
              onChange={(e) => setValue({ ...value, symbol: e.target.value })}
            />
          </Form.Item>
          <Form.Item label="Địa danh" htmlFor="org-place">
            <Input
              id="org-place"
              style={{ width: 200 }}
              placeholder="Ví dụ: Nghệ An"
              value={value.place ?? ''}
              onChange={(e) => setValue({ ...value, place: e.target.value })}
            />
          </Form.Item>
        </Space>
        <Form.Item label="Cơ quan cấp trên" htmlFor="org-parent">
          <OrganizationPicker
            id="org-parent"
            label="Cơ quan cấp trên"
            allowClear
            excludeId={id}
            value={value.parentId}
            onChange={(parentId) => setValue({ ...value, parentId })}
          />
        </Form.Item>
        <Form.Item
          label="Tên cơ quan ở tiêu đề văn bản (in đậm; mỗi dòng một dòng, tối đa 4)"
          htmlFor="org-header"
        >
          <LinesTextArea
            id="org-header"
            rows={{ minRows: 2, maxRows: 4 }}
            placeholder={'ỦY BAN NHÂN DÂN\nHUYỆN ĐÔ LƯƠNG'}
            lines={value.headerLines ?? []}
            onChange={(headerLines) => setValue({ ...value, headerLines })}
          />
        </Form.Item>
        <UpperLineField value={value} onChange={(headerParentLine) => setUpperLine(headerParentLine)} />
        <ErrorMessage message={error} />
        <SaveDeleteButtons
          busy={busy}
          onSave={() => void save()}
          deleteQuestion={isNew ? null : 'Xóa cơ quan này?'}
          onDelete={() => void remove()}
        />
      </Form>
    </Card>
  );
}
