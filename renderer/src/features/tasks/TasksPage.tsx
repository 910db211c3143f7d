// Kết luận & nhiệm vụ: task conclusions across meetings, open / overdue / done, by unit; each row
// opens the follow-up drawer (status, due date, progress notes) without leaving the list.
import { Button, Input, Segmented, Select, Table, Tag, type InputRef, type TableProps } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { TaskFilter, TaskSummary } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime, taskStatusColors, taskStatusLabels } from '../../lib/format';
import { namesOf, organizationOptions, useOrganizations, foldedSearch } from '../../lib/organizations';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { useSearchTarget, useWindowTitle } from '../../shell/commands';
import { TaskFollowUpDrawer } from './TaskFollowUpDrawer';

export function TasksPage() {
  useWindowTitle('Kết luận & nhiệm vụ');
  const searchRef = useRef<InputRef>(null);
  useSearchTarget(searchRef);
  const [filter, setFilter] = useState<TaskFilter>('open');
  const [organizationId, setOrganizationId] = useState<string | undefined>();
  const [text, setText] = useState('');
  const query = useDebounced(text, 250);
  const organizations = useOrganizations();
  const [following, setFollowing] = useState<string | null>(null);
  const [tasks, reload] = useLoad(
    useCallback(
      () => invoke('tasks.list', { filter, organizationId, text: query.trim() || undefined, limit: 500 }),
      [filter, organizationId, query],
    ),
  );

  const columns: TableProps<TaskSummary>['columns'] = [
    {
      key: 'text',
      title: 'Nội dung nhiệm vụ',
      render: (_: unknown, t) => (
        <>
          <div style={{ whiteSpace: 'pre-line' }}>{t.text}</div>
          {t.lastProgress ? (
            <div className="muted task-last-progress">
              Tiến độ {formatDate(t.lastProgress.date)}: {t.lastProgress.note}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'units',
      title: 'Đơn vị chủ trì / phối hợp',
      width: 260,
      render: (_: unknown, t) => (
        <>
          <div>{namesOf(organizations, t.leadIds) || '—'}</div>
          {t.supportIds.length ? (
            <div className="muted">Phối hợp: {namesOf(organizations, t.supportIds)}</div>
          ) : null}
        </>
      ),
    },
    {
      key: 'due',
      title: 'Thời hạn',
      width: 120,
      render: (_: unknown, t) => (
        <div style={t.overdue ? { color: '#b42318', fontWeight: 600 } : undefined}>
          <div className="nowrap">{formatDate(t.dueDate) || '—'}</div>
          {t.overdue ? <div className="nowrap">(quá hạn)</div> : null}
        </div>
      ),
    },
    {
      key: 'status',
      title: 'Tình trạng',
      width: 140,
      render: (_: unknown, t) => <Tag color={taskStatusColors[t.status]}>{taskStatusLabels[t.status]}</Tag>,
    },
    {
      key: 'meeting',
      title: 'Cuộc họp',
      width: 260,
      render: (_: unknown, t) => (
        <>
          <a href={`#/meetings/${t.meetingId}?tab=conclusions`}>{t.meetingTitle}</a>
          <div className="muted nowrap">{formatDateTime(t.meetingStartsAt)}</div>
        </>
      ),
    },
    {
      key: 'follow',
      title: <span className="sr-only">Theo dõi</span>,
      width: 104,
      render: (_: unknown, t) => (
        <Button
          size="small"
          aria-label={`Cập nhật nhiệm vụ: ${t.text.slice(0, 80)}`}
          onClick={() => setFollowing(t.conclusionId)}
        >
          Cập nhật
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Kết luận & nhiệm vụ" />
      <div className="filters">
        <Segmented<TaskFilter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: 'Đang mở' },
            { value: 'overdue', label: 'Quá hạn' },
            { value: 'done', label: 'Đã xong' },
            { value: 'all', label: 'Tất cả' },
          ]}
        />
        <Select
          allowClear
          showSearch={foldedSearch}
          placeholder="Đơn vị"
          aria-label="Đơn vị"
          style={{ width: 300 }}
          value={organizationId}
          options={organizationOptions(organizations)}
          onChange={(v: string | undefined) => setOrganizationId(v)}
        />
        <Input.Search
          ref={searchRef}
          allowClear
          aria-label="Tìm theo tên cuộc họp"
          placeholder="Tìm theo tên cuộc họp (Ctrl+F)"
          style={{ width: 300 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {tasks.state === 'failed' ? (
        <ErrorAlert title="Không tải được danh sách nhiệm vụ." error={tasks.error} onRetry={reload} />
      ) : null}
      {tasks.state === 'ready' ? (
        <p className="count">
          <strong>{tasks.value.total}</strong> nhiệm vụ
        </p>
      ) : null}
      <Table<TaskSummary>
        tableLayout="fixed"
        rowKey="conclusionId"
        size="middle"
        loading={tasks.state === 'loading'}
        columns={columns}
        dataSource={tasks.state === 'ready' ? tasks.value.items : []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: 'Không có nhiệm vụ nào' }}
        rowClassName={(t) => (t.conclusionId === following ? 'row-selected' : '')}
      />
      <TaskFollowUpDrawer conclusionId={following} onClose={() => setFollowing(null)} onUpdated={reload} />
    </>
  );
}
