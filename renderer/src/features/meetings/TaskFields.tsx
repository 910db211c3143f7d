// The task part of a conclusion: units in charge and supporting, due date, status, progress notes.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { todayVietnam } from '../../../../shared/datetime';
import { taskStatuses, type TaskStatus } from '../../../../shared/exchange';
import { DATE_FORMAT, dateToPicker, pickerToDate } from '../../lib/dates';
import { taskStatusLabels } from '../../lib/format';
import type { ConclusionDraft } from './draft';
import { OrganizationPicker } from '../../components/OrganizationPicker';

export function TaskFields({
  conclusion: c,
  onChange,
}: {
  conclusion: ConclusionDraft;
  onChange: (next: ConclusionDraft) => void;
}) {
  const assignees = c.assignees ?? [];
  const ids = (role: 'lead' | 'support') =>
    assignees.filter((a) => a.role === role).map((a) => a.organizationId);
  const setUnits = (role: 'lead' | 'support', chosen: string[]) => {
    const other = assignees.filter((a) => a.role !== role);
    const mine = chosen.map((organizationId) => ({ organizationId, role }));
    onChange({ ...c, assignees: role === 'lead' ? [...mine, ...other] : [...other, ...mine] });
  };
  const progress = c.progress ?? [];
  const setProgress = (next: typeof progress) => onChange({ ...c, progress: next });

  return (
    <Form layout="vertical" component="div" style={{ marginTop: 12 }}>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item label="Đơn vị chủ trì" style={{ flex: '1 1 300px' }}>
          <OrganizationPicker
            mode="multiple"
            label="Đơn vị chủ trì"
            allowCreate
            value={ids('lead')}
            onChange={(v) => setUnits('lead', v)}
          />
        </Form.Item>
        <Form.Item label="Đơn vị phối hợp" style={{ flex: '1 1 300px' }}>
          <OrganizationPicker
            mode="multiple"
            label="Đơn vị phối hợp"
            allowCreate
            value={ids('support')}
            onChange={(v) => setUnits('support', v)}
          />
        </Form.Item>
        <Form.Item label="Thời hạn">
          <DatePicker
            aria-label="Thời hạn"
            format={DATE_FORMAT}
            value={dateToPicker(c.dueDate)}
            onChange={(v) => onChange({ ...c, dueDate: pickerToDate(v) })}
          />
        </Form.Item>
        <Form.Item label="Tình trạng">
          <Select<TaskStatus>
            aria-label="Tình trạng"
            style={{ width: 160 }}
            value={c.status ?? 'open'}
            options={taskStatuses.map((s) => ({ value: s, label: taskStatusLabels[s] }))}
            onChange={(status) => onChange({ ...c, status })}
          />
        </Form.Item>
      </div>
      <Form.Item label="Tiến độ thực hiện" style={{ marginBottom: 0 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {progress.map((p, i) => (
            <Space.Compact key={i} style={{ width: '100%' }}>
              <DatePicker
                aria-label={`Ngày ghi tiến độ ${i + 1}`}
                format={DATE_FORMAT}
                allowClear={false}
                value={dateToPicker(p.date)}
                onChange={(v) =>
                  setProgress(
                    progress.map((x, j) => (j === i ? { ...x, date: pickerToDate(v) ?? x.date } : x)),
                  )
                }
              />
              <Input
                aria-label={`Nội dung tiến độ ${i + 1}`}
                value={p.note}
                placeholder="Kết quả, vướng mắc…"
                onChange={(e) =>
                  setProgress(progress.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))
                }
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={`Xóa ghi chú tiến độ ${i + 1}`}
                onClick={() => setProgress(progress.filter((_x, j) => j !== i))}
              />
            </Space.Compact>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setProgress([...progress, { date: todayVietnam(), note: '' }])}
          >
            Ghi tiến độ
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
