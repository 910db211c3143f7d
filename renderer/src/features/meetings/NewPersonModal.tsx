// "Thêm cán bộ …" from a person picker outside the attendee list (a signer): the typed name prefilled;
// saving adds the person to the directory and the picker takes them.
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Stored } from '../../../../shared/domain';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { newId } from '../../lib/ids';
import { rememberPerson } from '../../lib/people';
import { useAction } from '../../lib/useAction';

export function NewPersonModal({
  initialName,
  onCreated,
  onCancel,
}: {
  initialName: string;
  onCreated: (person: Stored<Person>) => void;
  onCancel: () => void;
}) {
  const { message } = App.useApp();
  const [fullName, setFullName] = useState(initialName);
  const [gender, setGender] = useState<Person['gender']>(undefined);
  const { busy, error, setError, run } = useAction();
  const save = () =>
    run(async () => {
      if (!fullName.trim()) {
        setError('Cần nhập họ và tên.');
        return;
      }
      const person = await invoke('people.save', {
        id: newId(),
        fullName: fullName.trim(),
        ...(gender ? { gender } : {}),
      });
      rememberPerson(person);
      message.success(`Đã thêm cán bộ “${person.fullName}”.`);
      onCreated(person);
    });
  return (
    <Modal
      open
      title="Thêm cán bộ"
      okText="Lưu cán bộ"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label="Họ và tên" required htmlFor="new-person-name">
          <Input
            id="new-person-name"
            autoFocus
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            onPressEnter={() => void save()}
          />
        </Form.Item>
        <Form.Item label="Giới tính" htmlFor="new-person-gender">
          <Select
            id="new-person-gender"
            allowClear
            style={{ width: 140 }}
            value={gender}
            onChange={setGender}
            options={[
              { value: 'male', label: 'Nam' },
              { value: 'female', label: 'Nữ' },
            ]}
          />
        </Form.Item>
      </Form>
      <ErrorMessage message={error} />
    </Modal>
  );
}
