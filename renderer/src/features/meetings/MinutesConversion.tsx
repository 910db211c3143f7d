// Text selected in the minutes becomes a conclusion or a task of the meeting ("Thành kết luận",
// "Thành nhiệm vụ"), so it is not typed twice. A task takes its lead unit and due date from the text
// when it names a unit of the directory and a deadline; otherwise a small picker asks for them. The new
// item joins the meeting's Kết luận and is saved with the meeting (meetings.save).
import { App, Button, DatePicker, Form, Modal } from 'antd';
import { useCallback, useState, type MutableRefObject } from 'react';
import { plainToRichText } from '../../../../shared/rich-text';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { DATE_FORMAT, dateToPicker, pickerToDate } from '../../lib/dates';
import { describeError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { loadOrganizations } from '../../lib/organizations';
import type { ConclusionDraft, MeetingDraft } from './draft';
import { dueDateIn, unitIn } from './taskMentions';

export type ConversionKind = 'conclusion' | 'task';

interface PendingTask {
  text: string;
  leadId: string | null;
  dueDate: string | null;
}

export function useMinutesConversion({
  draftRef,
  change,
  onShow,
}: {
  draftRef: MutableRefObject<MeetingDraft | null>;
  change: (patch: Partial<MeetingDraft>) => void;
  /** Opens the Kết luận tab on the new item. */
  onShow: (conclusionId: string) => void;
}) {
  const { message } = App.useApp();
  const [pending, setPending] = useState<PendingTask | null>(null);

  const append = useCallback(
    (item: Omit<ConclusionDraft, 'id' | 'order'>) => {
      const conclusions = draftRef.current?.conclusions ?? [];
      const added: ConclusionDraft = { ...item, id: newId(), order: conclusions.length + 1 };
      change({ conclusions: [...conclusions, added] });
      const what = item.kind === 'task' ? 'nhiệm vụ' : 'kết luận';
      const key = `converted-${added.id}`;
      void message.success({
        key,
        duration: 6,
        content: (
          <span>
            Đã thêm {what} thứ {added.order} vào Kết luận.{' '}
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(key);
                onShow(added.id);
              }}
            >
              Xem
            </Button>
          </span>
        ),
      });
    },
    [change, draftRef, message, onShow],
  );

  const addTask = useCallback(
    (task: PendingTask) =>
      append({
        kind: 'task',
        text: plainToRichText(task.text),
        status: 'open',
        assignees: task.leadId ? [{ organizationId: task.leadId, role: 'lead' }] : [],
        dueDate: task.dueDate,
        progress: [],
      }),
    [append],
  );

  const convert = useCallback(
    async (kind: ConversionKind, selected: string) => {
      const text = selected.replace(/[ \t]+/g, ' ').trim();
      if (!text) {
        void message.warning('Hãy chọn (bôi đen) đoạn văn trong biên bản trước.');
        return;
      }
      if (kind === 'conclusion') {
        append({ kind: 'direction', text: plainToRichText(text) });
        return;
      }
      let leadId: string | null = null;
      try {
        leadId = unitIn(text, await loadOrganizations())?.id ?? null;
      } catch (e) {
        void message.error(describeError(e));
      }
      const task = { text, leadId, dueDate: dueDateIn(text) };
      if (task.leadId && task.dueDate) addTask(task);
      else setPending(task);
    },
    [addTask, append, message],
  );

  const picker = (
    <Modal
      open={pending !== null}
      title="Thành nhiệm vụ"
      okText="Thêm nhiệm vụ"
      cancelText="Hủy"
      destroyOnHidden
      onCancel={() => setPending(null)}
      onOk={() => {
        if (pending) addTask(pending);
        setPending(null);
      }}
    >
      {pending ? (
        <Form layout="vertical" component="div">
          <p className="converted-text">{pending.text}</p>
          <Form.Item label="Đơn vị chủ trì">
            <OrganizationPicker
              label="Đơn vị chủ trì"
              allowCreate
              allowClear
              value={pending.leadId}
              onChange={(leadId) => setPending({ ...pending, leadId })}
            />
          </Form.Item>
          <Form.Item label="Thời hạn" style={{ marginBottom: 0 }}>
            <DatePicker
              aria-label="Thời hạn"
              format={DATE_FORMAT}
              value={dateToPicker(pending.dueDate)}
              onChange={(v) => setPending({ ...pending, dueDate: pickerToDate(v) })}
            />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );

  return { convert, picker };
}
