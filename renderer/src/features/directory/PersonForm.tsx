// A person: name, gender, notes, and the history of titles seen in meetings (latest first).
import { Card, Form, Input, Select, Table, type InputRef } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { PersonTitle } from '../../../../shared/domain';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useLoad } from '../../lib/useLoad';
import { SaveDeleteButtons } from './SaveDeleteButtons';

export function PersonForm({
  person,
  onSaved,
  onDeleted,
}: {
  person: Person;
  onSaved: (p: Person) => void;
  onDeleted: () => void;
}) {
  const [value, setValue] = useState<Person>(person);
  // After saving, the caret stays in the form (on the name) instead of falling to the page.
  const nameRef = useRef<InputRef>(null);
  const { busy, error, setError, run } = useAction();
  const isNew = !person.updatedAt;
  const [titles] = useLoad(
    useCallback(
      () => (isNew ? Promise.resolve([] as PersonTitle[]) : invoke('people.titles', { id: person.id })),
      [isNew, person.id],
    ),
  );

  const save = async () => {
    if (!value.fullName.trim()) return setError('Cần nhập họ và tên.');
    await run(async () => {
      onSaved(await invoke('people.save', { ...value, fullName: value.fullName.trim() }));
      nameRef.current?.focus();
    });
  };
  const remove = async () => {
    try {
      await invoke('people.delete', { id: person.id });
      onDeleted();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Card title={isNew ? 'Cán bộ mới' : value.fullName}>
      <Form layout="vertical" component="div">
        <Form.Item label="Họ và tên" required htmlFor="person-name">
          <Input
            ref={nameRef}
            id="person-name"
            value={value.fullName}
            onChange={(e) => setValue({ ...value, fullName: e.target.value })}
            onPressEnter={() => void save()}
          />
        </Form.Item>
        <Form.Item label="Giới tính" htmlFor="person-gender">
          <Select
            id="person-gender"
            allowClear
            style={{ width: 140 }}
            value={value.gender}
            onChange={(gender: Person['gender']) => setValue({ ...value, gender })}
            options={[
              { value: 'male', label: 'Nam' },
              { value: 'female', label: 'Nữ' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Ghi chú" htmlFor="person-notes">
          <Input.TextArea
            id="person-notes"
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={value.notes ?? ''}
            onChange={(e) => setValue({ ...value, notes: e.target.value })}
          />
        </Form.Item>
        <ErrorMessage message={error} />
        <SaveDeleteButtons
          busy={busy}
          onSave={() => void save()}
          deleteQuestion={isNew ? null : 'Xóa cán bộ này?'}
          onDelete={() => void remove()}
        />
      </Form>
      {!isNew ? (
        <>
          <h3 style={{ marginTop: 24 }}>Chức vụ qua các cuộc họp</h3>
          <Table<PersonTitle>
            size="small"
            rowKey="title"
            pagination={false}
            loading={titles.state === 'loading'}
            dataSource={titles.state === 'ready' ? titles.value : []}
            locale={{ emptyText: 'Chưa dự cuộc họp nào có ghi chức vụ' }}
            columns={[
              { key: 'title', title: 'Chức vụ', dataIndex: 'title' },
              {
                key: 'last',
                title: 'Lần gần nhất',
                width: 120,
                render: (_: unknown, t) => <span className="nowrap">{formatDate(t.lastSeenAt)}</span>,
              },
              { key: 'n', title: 'Số cuộc họp', dataIndex: 'meetingCount', width: 100, align: 'right' },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
