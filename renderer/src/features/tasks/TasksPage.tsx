// Kết luận & nhiệm vụ: every task across meetings, filtered on the server (status, units, leader, meeting,
// deadlines; the filter lives in the address), a page at a time. Overdue and due-soon rows are marked in
// words, colour and icon; selected rows change status or units together; each row opens the follow-up
// drawer (status, due date, progress notes) without leaving the list. The report is made from here.
import { FileWordOutlined } from '@ant-design/icons';
import { Button, Table, Tag, type InputRef, type TableProps } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { todayVietnam } from '../../../../shared/datetime';
import type { TaskSummary } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  taskStatusColors,
  taskStatusLabels,
} from '../../lib/format';
import { namesOf, useOrganizations } from '../../lib/organizations';
import { useLoad } from '../../lib/useLoad';
import { useSearchTarget, useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { ReportModal } from './ReportModal';
import { TaskBulkBar } from './TaskBulkBar';
import { TaskDeadline } from './TaskDeadline';
import { TaskFilters } from './TaskFilters';
import { TaskFollowUpDrawer } from './TaskFollowUpDrawer';
import { parseTaskView, taskViewHref, toTaskFilter, type TaskView } from './taskQuery';

const PAGE_SIZE = 50;

/** The filters that came from a link (a chart, a card) and have no control of their own, as removable tags. */
function ExtraFilters({ view, onChange }: { view: TaskView; onChange: (view: TaskView) => void }) {
  const organizations = useOrganizations();
  const tags: { key: keyof TaskView; label: string }[] = [];
  if (view.meetingFrom || view.meetingTo)
    tags.push({
      key: 'meetingFrom',
      label: `Họp từ ${formatDate(view.meetingFrom) || '…'} đến ${formatDate(view.meetingTo) || '…'}`,
    });
  if (view.organizationId)
    tags.push({ key: 'organizationId', label: `Đơn vị: ${namesOf(organizations, [view.organizationId])}` });
  if (view.organizerId)
    tags.push({
      key: 'organizerId',
      label: `Cơ quan tổ chức họp: ${namesOf(organizations, [view.organizerId])}`,
    });
  if (view.statuses?.length)
    tags.push({
      key: 'statuses',
      label: `Tình trạng: ${view.statuses.map((s) => taskStatusLabels[s]).join(', ')}`,
    });
  if (tags.length === 0) return null;
  return (
    <div className="filters">
      {tags.map((t) => (
        <Tag
          key={t.key}
          closable
          closeIcon={<span aria-label={`Bỏ lọc ${t.label}`}>×</span>}
          onClose={() =>
            onChange({
              ...view,
              [t.key]: undefined,
              ...(t.key === 'meetingFrom' ? { meetingTo: undefined } : {}),
            })
          }
        >
          {t.label}
        </Tag>
      ))}
    </div>
  );
}

export function TasksPage({ query = '' }: { query?: string }) {
  useWindowTitle('Kết luận & nhiệm vụ');
  const searchRef = useRef<InputRef>(null);
  useSearchTarget(searchRef);
  const view = useMemo(() => parseTaskView(query), [query]);
  const filterKey = taskViewHref(view);
  // Page and selection belong to one filter: a new filter starts at its first page with nothing selected.
  const [paging, setPaging] = useState({ key: filterKey, page: 1, selected: [] as string[] });
  const current = paging.key === filterKey ? paging : { key: filterKey, page: 1, selected: [] as string[] };
  const { page, selected } = current;
  const setPage = (p: number) => setPaging({ ...current, page: p });
  const setSelected = (keys: string[]) => setPaging({ ...current, selected: keys });
  const [following, setFollowing] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const organizations = useOrganizations();
  const today = todayVietnam();
  const [tasks, reload] = useLoad(
    useCallback(
      () =>
        invoke('tasks.list', {
          ...toTaskFilter(parseTaskView(filterKey.replace(/^#\/tasks\??/, ''))),
          offset: (page - 1) * PAGE_SIZE,
          limit: PAGE_SIZE,
        }),
      [filterKey, page],
    ),
  );
  const change = useCallback((next: TaskView) => navigate(taskViewHref(next)), []);

  // One line a row, so ten tasks and more show at 1366×768; the full text is on hover.
  const columns: TableProps<TaskSummary>['columns'] = [
    {
      key: 'text',
      title: 'Nội dung nhiệm vụ',
      ellipsis: true,
      render: (_: unknown, t) => {
        const progress = t.lastProgress
          ? `Tiến độ ${formatDate(t.lastProgress.date)}: ${t.lastProgress.note}`
          : '';
        return (
          <span title={progress ? `${t.text}\n${progress}` : t.text}>
            {t.text}
            {progress ? (
              <>
                {' · '}
                <span className="muted task-last-progress">{progress}</span>
              </>
            ) : null}
          </span>
        );
      },
    },
    {
      key: 'units',
      title: 'Đơn vị chủ trì / phối hợp',
      width: 160,
      ellipsis: true,
      render: (_: unknown, t) => {
        const lead = namesOf(organizations, t.leadIds) || '—';
        const support = t.supportIds.length ? `Phối hợp: ${namesOf(organizations, t.supportIds)}` : '';
        return (
          <span title={support ? `${lead}\n${support}` : lead}>
            {lead}
            {support ? (
              <>
                {' · '}
                <span className="muted">{support}</span>
              </>
            ) : null}
          </span>
        );
      },
    },
    {
      key: 'due',
      title: 'Thời hạn',
      width: 244,
      render: (_: unknown, t) => <TaskDeadline task={t} today={today} />,
    },
    {
      key: 'status',
      title: 'Tình trạng',
      width: 124,
      render: (_: unknown, t) => <Tag color={taskStatusColors[t.status]}>{taskStatusLabels[t.status]}</Tag>,
    },
    {
      key: 'meeting',
      title: 'Cuộc họp',
      width: 180,
      ellipsis: true,
      render: (_: unknown, t) => (
        <a
          href={`#/meetings/${t.meetingId}?tab=conclusions`}
          title={`${t.meetingTitle}\nNgày họp: ${formatDateTime(t.meetingStartsAt)}`}
        >
          {t.meetingTitle}
        </a>
      ),
    },
    {
      key: 'follow',
      title: <span className="sr-only">Theo dõi</span>,
      width: 96,
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
      <PageHeader
        title="Kết luận & nhiệm vụ"
        extra={
          <Button icon={<FileWordOutlined />} onClick={() => setReporting(true)}>
            Báo cáo thực hiện kết luận
          </Button>
        }
      />
      <TaskFilters view={view} onChange={change} searchRef={searchRef} />
      <ExtraFilters view={view} onChange={change} />
      {tasks.state === 'failed' ? (
        <ErrorAlert title="Không tải được danh sách nhiệm vụ." error={tasks.error} onRetry={reload} />
      ) : null}
      {tasks.state === 'ready' ? (
        <p className="count" aria-live="polite">
          <strong>{formatNumber(tasks.value.total)}</strong> nhiệm vụ
        </p>
      ) : null}
      {selected.length ? (
        <TaskBulkBar
          selected={selected}
          onClear={() => setSelected([])}
          onDone={() => {
            setSelected([]);
            reload();
          }}
        />
      ) : null}
      <Table<TaskSummary>
        tableLayout="fixed"
        className="dense-table"
        rowKey="conclusionId"
        size="small"
        loading={tasks.state === 'loading'}
        columns={columns}
        dataSource={tasks.state === 'ready' ? tasks.value.items : []}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (t) => ({ 'aria-label': `Chọn nhiệm vụ: ${t.text.slice(0, 80)}` }),
          columnTitle: undefined,
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: tasks.state === 'ready' ? tasks.value.total : 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: 'Không có nhiệm vụ nào' }}
        rowClassName={(t) =>
          [
            t.conclusionId === following ? 'row-selected' : '',
            t.overdue ? 'row-overdue' : t.dueSoon ? 'row-due-soon' : '',
          ]
            .filter(Boolean)
            .join(' ')
        }
      />
      <TaskFollowUpDrawer conclusionId={following} onClose={() => setFollowing(null)} onUpdated={reload} />
      <ReportModal open={reporting} onClose={() => setReporting(false)} />
    </>
  );
}
