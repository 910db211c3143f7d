// Gộp cán bộ trùng: people whose names match once accents and spacing are ignored; the user picks
// the record to keep and the others are merged into it (attendances and signatures move with them).
import { App, Button, Card, Empty, Modal, Radio, Space, Spin } from 'antd';
import { useCallback, useState } from 'react';
import type { Stored } from '../../../../shared/domain';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../lib/useAction';
import { useLoad } from '../../lib/useLoad';

function Group({ people, onMerged }: { people: Stored<Person>[]; onMerged: () => void }) {
  const { message } = App.useApp();
  const [keepId, setKeepId] = useState(people[0]?.id ?? '');
  const { busy, error, run } = useAction();
  const merge = () =>
    run(async () => {
      const result = await invoke('directory.mergePeople', {
        keepId,
        mergeIds: people.map((p) => p.id).filter((id) => id !== keepId),
      });
      message.success(`Đã gộp ${result.removed} bản ghi; chuyển ${result.attendancesMoved} lượt dự họp.`);
      onMerged();
    });
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Radio.Group value={keepId} onChange={(e) => setKeepId(e.target.value as string)}>
        <Space orientation="vertical">
          {people.map((p) => (
            <Radio key={p.id} value={p.id}>
              {p.fullName}
              {p.notes ? <span className="muted"> — {p.notes}</span> : null}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <div style={{ marginTop: 8 }}>
        <Button type="primary" size="small" loading={busy} onClick={() => void merge()}>
          Giữ bản đã chọn, gộp các bản còn lại
        </Button>
      </div>
      <ErrorMessage message={error} style={{ marginTop: 8 }} />
    </Card>
  );
}

export function MergeDuplicates({ open, onClose }: { open: boolean; onClose: (changed: boolean) => void }) {
  const [changed, setChanged] = useState(false);
  const [groups, reload] = useLoad(useCallback(() => invoke('directory.duplicatePeople', {}), []));
  return (
    <Modal
      open={open}
      title="Gộp cán bộ trùng tên"
      footer={null}
      width={640}
      onCancel={() => onClose(changed)}
      destroyOnHidden
    >
      <p className="muted">
        Các cán bộ có họ tên giống nhau (không kể dấu, hoa thường, khoảng trắng). Chọn bản ghi giữ lại.
      </p>
      {groups.state === 'loading' ? <Spin /> : null}
      {groups.state === 'failed' ? (
        <ErrorAlert title="Không tìm được cán bộ trùng." error={groups.error} onRetry={reload} />
      ) : null}
      {groups.state === 'ready' && groups.value.length === 0 ? (
        <Empty description="Không có cán bộ trùng tên" />
      ) : null}
      {groups.state === 'ready'
        ? groups.value.map((people) => (
            <Group
              key={people.map((p) => p.id).join()}
              people={people}
              onMerged={() => {
                setChanged(true);
                reload();
              }}
            />
          ))
        : null}
    </Modal>
  );
}
