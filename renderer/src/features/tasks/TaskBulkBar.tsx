// What to do with the selected rows: one status for all, or new lead and support units for all.
import { App, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { taskStatuses } from '../../../../shared/tasks';
import type { TaskStatus } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { taskStatusLabels } from '../../lib/format';
import { foldedSearch, organizationOptions, useOrganizations } from '../../lib/organizations';

export function TaskBulkBar({
  selected,
  onDone,
  onClear,
}: {
  selected: string[];
  onDone: () => void;
  onClear: () => void;
}) {
  const { message } = App.useApp();
  const [status, setStatus] = useState<TaskStatus>('done');
  const [busy, setBusy] = useState(false);
  const [reassigning, setReassigning] = useState(false);
  const [leadIds, setLeadIds] = useState<string[]>([]);
  const [supportIds, setSupportIds] = useState<string[]>([]);
  const units = organizationOptions(useOrganizations());

  const run = async (work: () => Promise<{ updated: number }>, done: string) => {
    setBusy(true);
    try {
      const { updated } = await work();
      void message.success(`${done} ${updated} nhiệm vụ.`);
      onDone();
      return true;
    } catch (error) {
      void message.error(describeError(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Thao tác với các nhiệm vụ đã chọn">
      <strong>Đã chọn {selected.length} nhiệm vụ</strong>
      <Select<TaskStatus>
        aria-label="Tình trạng mới"
        style={{ width: 180 }}
        value={status}
        onChange={setStatus}
        options={taskStatuses.map((s) => ({ value: s, label: taskStatusLabels[s] }))}
      />
      <Button
        type="primary"
        loading={busy}
        onClick={() =>
          void run(() => invoke('tasks.bulkStatus', { conclusionIds: selected, status }), 'Đã đổi tình trạng')
        }
      >
        Đổi tình trạng
      </Button>
      <Button onClick={() => setReassigning(true)}>Giao lại đơn vị…</Button>
      <Button type="link" onClick={onClear}>
        Bỏ chọn
      </Button>
      <Modal
        title={`Giao lại ${selected.length} nhiệm vụ`}
        open={reassigning}
        okText="Giao lại"
        cancelText="Hủy"
        okButtonProps={{ disabled: leadIds.length === 0, loading: busy }}
        onCancel={() => setReassigning(false)}
        onOk={async () => {
          const ok = await run(
            () => invoke('tasks.reassign', { conclusionIds: selected, leadIds, supportIds }),
            'Đã giao lại',
          );
          if (ok) setReassigning(false);
        }}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label="Đơn vị chủ trì" required>
            <Select
              mode="multiple"
              showSearch={foldedSearch}
              aria-label="Đơn vị chủ trì mới"
              value={leadIds}
              options={units}
              onChange={(v: string[]) => {
                setLeadIds(v);
                setSupportIds((s) => s.filter((id) => !v.includes(id)));
              }}
            />
          </Form.Item>
          <Form.Item label="Đơn vị phối hợp">
            <Select
              mode="multiple"
              showSearch={foldedSearch}
              aria-label="Đơn vị phối hợp mới"
              value={supportIds}
              options={units.filter((u) => !leadIds.includes(u.value))}
              onChange={(v: string[]) => setSupportIds(v)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
