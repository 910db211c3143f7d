// Danh bạ — Cán bộ: search without accents (given name first, in the Vietnamese order), each with the
// title and unit of their latest meeting; edit a person and see the titles they held in meetings.
import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space, Table, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonListItem } from '../../../../shared/directory';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { newId } from '../../lib/ids';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { useSearchTarget, useWindowTitle } from '../../shell/commands';
import { MergeDuplicates } from './MergeDuplicates';
import { PersonForm } from './PersonForm';
import { PersonStandingCell } from './PersonStandingCell';

const genderLabel = { male: 'Nam', female: 'Nữ' } as const;

/** The record alone, without what the list adds: what the form edits and saves. */
function personOf({ id, updatedAt, fullName, gender, notes }: PersonListItem): Person {
  return { id, updatedAt, fullName, ...(gender ? { gender } : {}), ...(notes ? { notes } : {}) };
}

/** `personId`: a person to open at once (from search, `#/people?id=…`). */
export function PeoplePage({ personId }: { personId?: string | undefined } = {}) {
  const searchRef = useRef<InputRef>(null);
  useSearchTarget(searchRef);
  const [text, setText] = useState('');
  const query = useDebounced(text, 200);
  const [selected, setSelected] = useState<Person | null>(null);
  useEffect(() => {
    if (!personId) return;
    let live = true;
    invoke('people.get', { id: personId }).then(
      (person) => live && setSelected(person),
      () => undefined, // Gone since it was found: the list stays as it is.
    );
    return () => {
      live = false;
    };
  }, [personId]);
  const [merging, setMerging] = useState(false);
  useWindowTitle(selected ? selected.fullName || 'Cán bộ mới' : 'Cán bộ');
  const [people, reload] = useLoad(
    useCallback(() => invoke('people.list', { text: query, limit: 500 }), [query]),
  );

  return (
    <>
      <PageHeader
        title="Cán bộ"
        extra={
          <Space>
            <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
              Gộp cán bộ trùng
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setSelected({ id: newId(), fullName: '' })}
            >
              Thêm cán bộ
            </Button>
          </Space>
        }
      />
      <Row gutter={16}>
        <Col span={12}>
          <Input.Search
            ref={searchRef}
            allowClear
            aria-label="Tìm cán bộ"
            placeholder="Tìm theo họ tên, không cần dấu (Ctrl+F)"
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ marginBottom: 12 }}
          />
          {people.state === 'failed' ? (
            <ErrorAlert title="Không tải được danh sách cán bộ." error={people.error} onRetry={reload} />
          ) : null}
          <Table<PersonListItem>
            className="people"
            tableLayout="fixed"
            rowKey="id"
            size="small"
            loading={people.state === 'loading'}
            dataSource={people.state === 'ready' ? people.value.items : []}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            locale={{ emptyText: 'Không tìm thấy cán bộ nào' }}
            rowClassName={(p) => (p.id === selected?.id ? 'ant-table-row-selected' : '')}
            onRow={(p) => ({ onClick: () => setSelected(personOf(p)), style: { cursor: 'pointer' } })}
            columns={[
              {
                key: 'name',
                title: 'Họ và tên',
                width: 190,
                render: (_: unknown, p) => (
                  <>
                    <div>{p.fullName}</div>
                    {p.notes ? (
                      <div className="muted truncate" title={p.notes}>
                        {p.notes}
                      </div>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'current',
                title: 'Chức vụ, đơn vị gần nhất',
                render: (_: unknown, p) => <PersonStandingCell standing={p.current} />,
              },
              {
                key: 'gender',
                title: 'Giới tính',
                width: 84,
                render: (_: unknown, p) => (p.gender ? genderLabel[p.gender] : ''),
              },
            ]}
          />
        </Col>
        <Col span={12}>
          {selected ? (
            <PersonForm
              key={selected.id}
              person={selected}
              onSaved={(p) => {
                setSelected(p);
                reload();
              }}
              onDeleted={() => {
                setSelected(null);
                reload();
              }}
            />
          ) : (
            <Card>
              <span className="muted">Chọn một cán bộ để xem và sửa, hoặc bấm “Thêm cán bộ”.</span>
            </Card>
          )}
        </Col>
      </Row>
      {merging ? (
        <MergeDuplicates
          open
          onClose={(changed) => {
            setMerging(false);
            if (changed) {
              setSelected(null);
              reload();
            }
          }}
        />
      ) : null}
    </>
  );
}
