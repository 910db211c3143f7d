// Following one task up from the list, without opening its meeting: what it is, who leads it, the
// follow-up form and the progress notes recorded so far (newest first). What is typed is kept per task
// while the app runs, so closing the drawer or a failed save never loses it.
import { App, Descriptions, Drawer, Empty, Spin, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/errors';
import type { TaskDetail } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toErrorInfo } from '../../lib/errors';
import { formatDate, formatDateTime, taskStatusColors, taskStatusLabels } from '../../lib/format';
import { namesOf, useOrganizations } from '../../lib/organizations';
import { blankDraft, TaskFollowUpForm, type FollowUpDraft } from './TaskFollowUpForm';

const drafts = new Map<string, FollowUpDraft>();

/** The last answer of `tasks.get`, for the task it was asked about. */
type Answer = { id: string } & ({ state: 'failed'; error: ErrorInfo } | { state: 'ready'; task: TaskDetail });

export function TaskFollowUpDrawer({
  conclusionId,
  onClose,
  onUpdated,
}: {
  conclusionId: string | null;
  onClose: () => void;
  onUpdated: (task: TaskDetail) => void;
}) {
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<Answer | null>(null);
  const [draft, setDraft] = useState<FollowUpDraft | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!conclusionId) return;
    let live = true;
    invoke('tasks.get', { id: conclusionId }).then(
      (task) => {
        if (!live) return;
        setLoaded({ id: conclusionId, state: 'ready', task });
        setDraft(drafts.get(task.conclusionId) ?? blankDraft());
      },
      (e: unknown) => live && setLoaded({ id: conclusionId, state: 'failed', error: toErrorInfo(e) }),
    );
    return () => {
      live = false;
    };
  }, [conclusionId, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const changeDraft = useCallback((next: FollowUpDraft, id: string) => {
    drafts.set(id, next);
    setDraft(next);
  }, []);
  const saved = useCallback(
    (task: TaskDetail) => {
      drafts.delete(task.conclusionId);
      setLoaded({ id: task.conclusionId, state: 'ready', task });
      setDraft(blankDraft());
      void message.success('Đã cập nhật nhiệm vụ.');
      onUpdated(task);
    },
    [message, onUpdated],
  );

  const mine = loaded?.id === conclusionId ? loaded : null;
  const task = mine?.state === 'ready' ? mine.task : null;
  return (
    <Drawer
      open={conclusionId !== null}
      onClose={onClose}
      size={600}
      title="Theo dõi nhiệm vụ"
      destroyOnHidden
      className="task-follow-up"
    >
      {mine?.state === 'failed' ? (
        <ErrorAlert title="Không tải được nhiệm vụ." error={mine.error} onRetry={reload} />
      ) : null}
      {mine ? null : <Spin />}
      {task && draft ? (
        <>
          <TaskFacts task={task} />
          <TaskFollowUpForm
            task={task}
            draft={draft}
            onDraftChange={(next) => changeDraft(next, task.conclusionId)}
            onSaved={saved}
            onReload={reload}
          />
          <ProgressHistory task={task} />
        </>
      ) : null}
    </Drawer>
  );
}

function TaskFacts({ task }: { task: TaskDetail }) {
  const organizations = useOrganizations();
  return (
    <>
      <p style={{ whiteSpace: 'pre-line', fontWeight: 500, marginTop: 0 }}>{task.text}</p>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'meeting',
            label: 'Cuộc họp',
            children: (
              <span>
                <a href={`#/meetings/${task.meetingId}?tab=conclusions`}>{task.meetingTitle}</a>{' '}
                <span className="muted nowrap">({formatDateTime(task.meetingStartsAt)})</span>
              </span>
            ),
          },
          { key: 'lead', label: 'Chủ trì', children: namesOf(organizations, task.leadIds) || '—' },
          ...(task.supportIds.length
            ? [{ key: 'support', label: 'Phối hợp', children: namesOf(organizations, task.supportIds) }]
            : []),
          {
            key: 'state',
            label: 'Hiện tại',
            children: (
              <span>
                <Tag color={taskStatusColors[task.status]}>{taskStatusLabels[task.status]}</Tag>{' '}
                {task.dueDate ? `hạn ${formatDate(task.dueDate)}` : 'không có thời hạn'}
                {task.overdue ? <strong style={{ color: '#b42318' }}> (quá hạn)</strong> : null}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}

function ProgressHistory({ task }: { task: TaskDetail }) {
  const notes = task.progress.map((p, i) => ({ ...p, key: i })).reverse();
  return (
    <section aria-labelledby="progress-history" style={{ marginTop: 24 }}>
      <h3 id="progress-history" style={{ fontSize: 15, margin: '0 0 8px' }}>
        Tiến độ đã ghi ({task.progress.length})
      </h3>
      {notes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa ghi tiến độ nào" />
      ) : (
        <ol className="progress-history" aria-labelledby="progress-history">
          {notes.map((p) => (
            <li key={p.key}>
              <strong className="nowrap">{formatDate(p.date)}</strong>
              <span style={{ whiteSpace: 'pre-line' }}>{p.note}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
