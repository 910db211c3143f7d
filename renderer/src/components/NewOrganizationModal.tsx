// "Thêm cơ quan …" from inside a picker: a small form with the typed name already in it; saving adds
// the body to the directory and hands it back so the picker selects it. What was typed survives a failure.
import { App, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import type { Organization, OrganizationFamily } from '../../../shared/exchange';
import { invoke } from '../api';
import { newId } from '../lib/ids';
import {
  foldedSearch,
  invalidateOrganizations,
  organizationOptions,
  useOrganizations,
} from '../lib/organizations';
import { useAction } from '../lib/useAction';
import { ErrorMessage } from './ErrorMessage';

export function NewOrganizationModal({
  initialName,
  onCreated,
  onCancel,
}: {
  initialName: string;
  onCreated: (org: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const { message } = App.useApp();
  const organizations = useOrganizations();
  const [value, setValue] = useState<Organization>(() => ({
    id: newId(),
    name: initialName,
    family: 'state',
    parentId: null,
  }));
  const { busy, error, setError, run } = useAction();

  const save = () =>
    run(async () => {
      if (!value.name.trim()) {
        setError('Cần nhập tên cơ quan.');
        return;
      }
      const saved = await invoke('organizations.save', {
        ...value,
        name: value.name.trim(),
        symbol: value.symbol?.trim() || undefined,
      });
      invalidateOrganizations();
      message.success(`Đã thêm cơ quan “${saved.name}”.`);
      onCreated({ id: saved.id, name: saved.name });
    });

  return (
    <Modal
      open
      title="Thêm cơ quan"
      okText="Lưu cơ quan"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label="Tên cơ quan" required htmlFor="new-org-name">
          <Input
            id="new-org-name"
            autoFocus
            value={value.name}
            onChange={(e) => setValue({ ...value, name: e.target.value })}
            onPressEnter={() => void save()}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item label="Hệ thống" htmlFor="new-org-family">
            <Select<OrganizationFamily>
              id="new-org-family"
              style={{ width: 150 }}
              value={value.family}
              onChange={(family) => setValue({ ...value, family })}
              options={[
                { value: 'state', label: 'Nhà nước' },
                { value: 'party', label: 'Đảng' },
              ]}
            />
          </Form.Item>
          <Form.Item label="Ký hiệu" htmlFor="new-org-symbol">
            <Input
              id="new-org-symbol"
              style={{ width: 150 }}
              placeholder="Ví dụ: SNV"
              value={value.symbol ?? ''}
              onChange={(e) => setValue({ ...value, symbol: e.target.value })}
              onPressEnter={() => void save()}
            />
          </Form.Item>
        </Space>
        <Form.Item label="Cơ quan cấp trên" htmlFor="new-org-parent">
          <Select
            id="new-org-parent"
            allowClear
            showSearch={foldedSearch}
            value={value.parentId ?? undefined}
            options={organizationOptions(organizations)}
            onChange={(parentId: string | undefined) => setValue({ ...value, parentId: parentId ?? null })}
          />
        </Form.Item>
      </Form>
      <ErrorMessage message={error} />
    </Modal>
  );
}
