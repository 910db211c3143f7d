// Kết luận: ordered conclusions; a task has lead and support units, a due date, a status and
// progress notes. Text is edited as plain paragraphs (kept as rich text until it is edited).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { conclusionKinds, type Conclusion } from '../../../../shared/exchange';
import { plainToRichText } from '../../../../shared/rich-text';
import { ListItemActions } from '../../components/ListItemActions';
import { newId } from '../../lib/ids';
import { ConclusionText } from './ConclusionText';
import type { ConclusionDraft } from './draft';
import { TaskFields } from './TaskFields';

export const conclusionKindLabels: Record<Conclusion['kind'], string> = {
  assessment: 'Đánh giá',
  direction: 'Chỉ đạo',
  task: 'Nhiệm vụ',
};

export function blankConclusion(order: number): ConclusionDraft {
  return { id: newId(), order, kind: 'direction', text: plainToRichText('') };
}

/** Switching to a task gives it a status and empty lists; leaving it drops the task fields. */
export function withKind(c: ConclusionDraft, kind: Conclusion['kind']): ConclusionDraft {
  if (kind === 'task')
    return {
      ...c,
      kind,
      status: c.status ?? 'open',
      assignees: c.assignees ?? [],
      progress: c.progress ?? [],
    };
  const { assignees: _a, dueDate: _d, status: _s, progress: _p, ...rest } = c;
  return { ...rest, kind };
}

export function ConclusionsEditor({
  conclusions,
  onChange,
  highlight,
}: {
  conclusions: ConclusionDraft[];
  onChange: (next: ConclusionDraft[]) => void;
  /** A conclusion opened from search: brought into view and marked. */
  highlight?: string | undefined;
}) {
  useEffect(() => {
    if (highlight) document.getElementById(`conclusion-${highlight}`)?.scrollIntoView?.({ block: 'center' });
  }, [highlight]);
  const update = (i: number, next: ConclusionDraft) =>
    onChange(conclusions.map((c, j) => (j === i ? next : c)));
  // After "Thêm kết luận" the caret goes into the new conclusion's text.
  const [focusId, setFocusId] = useState<string | null>(null);
  const add = () => {
    const next = blankConclusion(conclusions.length + 1);
    onChange([...conclusions, next]);
    setFocusId(next.id);
  };

  return (
    <div style={{ maxWidth: 980 }}>
      {conclusions.length === 0 ? <Empty description="Chưa có kết luận nào" /> : null}
      {conclusions.map((c, i) => (
        <Card
          key={c.id}
          id={`conclusion-${c.id}`}
          size="small"
          className={c.id === highlight ? 'conclusion-card conclusion-card-found' : 'conclusion-card'}
          role="group"
          aria-label={`Kết luận ${i + 1}`}
          title={
            <Space>
              <strong>{i + 1}.</strong>
              <Select<Conclusion['kind']>
                size="small"
                aria-label={`Loại kết luận ${i + 1}`}
                style={{ width: 130 }}
                value={c.kind}
                onChange={(kind) => update(i, withKind(c, kind))}
                options={conclusionKinds.map((k) => ({ value: k, label: conclusionKindLabels[k] }))}
              />
            </Space>
          }
          extra={
            <ListItemActions
              items={conclusions}
              index={i}
              onChange={onChange}
              moveUpLabel="Chuyển kết luận lên"
              moveDownLabel="Chuyển kết luận xuống"
              removeLabel={`Xóa kết luận ${i + 1}`}
            />
          }
        >
          <ConclusionText
            label={`Nội dung kết luận ${i + 1}`}
            value={c.text}
            onChange={(text) => update(i, { ...c, text })}
            autoFocus={c.id === focusId}
          />
          {c.kind === 'task' ? <TaskFields conclusion={c} onChange={(next) => update(i, next)} /> : null}
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={add}>
        Thêm kết luận
      </Button>
    </div>
  );
}
