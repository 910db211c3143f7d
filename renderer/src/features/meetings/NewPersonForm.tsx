// Adds a person to the directory without leaving the meeting; a failed save keeps what was typed.
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { Stored } from '../../../../shared/domain';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { newId } from '../../lib/ids';
import { rememberPerson } from '../../lib/people';
import { useAction } from '../../lib/useAction';

export function NewPersonForm({
  initialName,
  onCreated,
  onCancel,
}: {
  initialName: string;
  onCreated: (person: Stored<Person>, title: string) => void;
  onCancel: () => void;
}) {
  const [fullName, setFullName] = useState(initialName);
  const [gender, setGender] = useState<Person['gender']>(undefined);
  const [title, setTitle] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = async () => {
    if (!fullName.trim()) {
      setError('Cần nhập họ và tên.');
      return;
    }
    await run(async () => {
      const person = await invoke('people.save', {
        id: newId(),
        fullName: fullName.trim(),
        ...(gender ? { gender } : {}),
      });
      rememberPerson(person);
      onCreated(person, title.trim());
    });
  };

  return (
    <div className="new-person" role="group" aria-label="Thêm cán bộ mới">
      <Space wrap>
        <Input
          autoFocus
          aria-label="Họ và tên cán bộ mới"
          placeholder="Họ và tên"
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          onPressEnter={() => void submit()}
          style={{ width: 240 }}
        />
        <Select
          aria-label="Giới tính"
          placeholder="Giới tính"
          allowClear
          style={{ width: 110 }}
          value={gender}
          onChange={setGender}
          options={[
            { value: 'male', label: 'Nam' },
            { value: 'female', label: 'Nữ' },
          ]}
        />
        <Input
          aria-label="Chức vụ cán bộ mới"
          placeholder="Chức vụ trong cuộc họp này"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onPressEnter={() => void submit()}
          style={{ width: 320 }}
        />
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          Lưu cán bộ
        </Button>
        <Button onClick={onCancel}>Hủy</Button>
      </Space>
      <ErrorMessage message={error} style={{ marginTop: 8 }} />
    </div>
  );
}
