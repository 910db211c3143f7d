// The follow-up form of one task: status, due date and a dated progress note, saved together with
// `tasks.update`. An error is shown under the form and everything typed stays as it was.
import { Button, DatePicker, Form, Input, Select } from 'antd';
import { useCallback, useState } from 'react';
import { todayVietnam } from '../../../../shared/datetime';
import type { ErrorInfo } from '../../../../shared/errors';
import { taskStatuses, type TaskStatus } from '../../../../shared/exchange';
import type { TaskDetail } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DATE_FORMAT, dateToPicker, pickerToDate } from '../../lib/dates';
import { toErrorInfo } from '../../lib/errors';
import { taskStatusLabels } from '../../lib/format';
import { useSaveCommand } from '../../shell/commands';

/**
 * What the user has typed or chosen. Status and due date are kept only once chosen, so a task
 * reloaded after someone else changed it shows their values for the fields this user left alone.
 */
export interface FollowUpDraft {
  status?: TaskStatus;
  dueDate?: string | null;
  noteDate: string;
  note: string;
}

export const blankDraft = (): FollowUpDraft => ({ noteDate: todayVietnam(), note: '' });

const statusIn = (task: TaskDetail, d: FollowUpDraft) => d.status ?? task.status;
const dueDateIn = (task: TaskDetail, d: FollowUpDraft) =>
  d.dueDate === undefined ? task.dueDate : d.dueDate;

/** What the draft changes compared with the stored task. */
export function changesOf(task: TaskDetail, d: FollowUpDraft) {
  const status = statusIn(task, d);
  const dueDate = dueDateIn(task, d);
  return {
    ...(status !== task.status ? { status } : {}),
    ...(dueDate !== task.dueDate ? { dueDate } : {}),
    ...(d.note.trim() ? { note: { date: d.noteDate, note: d.note } } : {}),
  };
}

export function TaskFollowUpForm({
  task,
  draft,
  onDraftChange,
  onSaved,
  onReload,
}: {
  task: TaskDetail;
  draft: FollowUpDraft;
  onDraftChange: (next: FollowUpDraft) => void;
  onSaved: (task: TaskDetail) => void;
  /** Fetches the stored task again (after E_CONFLICT), keeping the note being typed. */
  onReload: () => void;
}) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const changes = changesOf(task, draft);
  const changed = Object.keys(changes).length > 0;
  const set = (patch: Partial<FollowUpDraft>) => onDraftChange({ ...draft, ...patch });

  const save = useCallback(async () => {
    if (!changed || saving) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await invoke('tasks.update', {
        conclusionId: task.conclusionId,
        expectedUpdatedAt: task.updatedAt,
        ...changes,
      });
      onSaved(saved);
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setSaving(false);
    }
  }, [changed, changes, onSaved, saving, task]);
  useSaveCommand(useCallback(() => void save(), [save]));

  return (
    <Form layout="vertical" component="div" aria-label="Cập nhật nhiệm vụ">
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item label="Tình trạng" htmlFor="follow-up-status">
          <Select<TaskStatus>
            id="follow-up-status"
            aria-label="Tình trạng"
            style={{ width: 180 }}
            value={statusIn(task, draft)}
            options={taskStatuses.map((s) => ({ value: s, label: taskStatusLabels[s] }))}
            onChange={(status) => set({ status })}
          />
        </Form.Item>
        <Form.Item label="Thời hạn" htmlFor="follow-up-due" extra="Để trống nếu không có thời hạn.">
          <DatePicker
            id="follow-up-due"
            aria-label="Thời hạn"
            format={DATE_FORMAT}
            value={dateToPicker(dueDateIn(task, draft))}
            onChange={(v) => set({ dueDate: pickerToDate(v) })}
          />
        </Form.Item>
      </div>
      <Form.Item label="Ghi tiến độ" htmlFor="follow-up-note" style={{ marginBottom: 8 }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
          <DatePicker
            aria-label="Ngày ghi tiến độ"
            format={DATE_FORMAT}
            allowClear={false}
            style={{ width: 140, flex: 'none' }}
            value={dateToPicker(draft.noteDate)}
            onChange={(v) => set({ noteDate: pickerToDate(v) ?? draft.noteDate })}
          />
          <Input.TextArea
            id="follow-up-note"
            aria-label="Nội dung tiến độ"
            placeholder="Kết quả, vướng mắc, kiến nghị… (Ctrl+Enter để lưu)"
            autoSize={{ minRows: 3, maxRows: 8 }}
            value={draft.note}
            onChange={(e) => set({ note: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save();
              }
            }}
          />
        </div>
      </Form.Item>
      {error ? (
        <ErrorAlert
          title="Chưa lưu được cập nhật. Những gì đã nhập vẫn còn nguyên."
          error={error}
          onRetry={
            error.code === 'E_CONFLICT'
              ? () => {
                  setError(null);
                  onReload();
                }
              : () => void save()
          }
        />
      ) : null}
      <Button type="primary" loading={saving} disabled={!changed} onClick={() => void save()}>
        Lưu cập nhật
      </Button>
    </Form>
  );
}
