// The dashboard's charts (Recharts, SVG: no eval, no inline style sheets, so it runs under the app's
// CSP; loaded on demand, its own bundle chunk): tasks done / on track / overdue per lead unit and per
// month of the meeting. A bar opens the task list with that unit or month and that group as its filter;
// every bar is also a number in the small table under each chart, a link for the keyboard and screen readers.
import { Card, Col, Row, Spin } from 'antd';
import { useCallback } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TaskStatsRow } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { navigate } from '../../shell/routes';
import { taskViewHref, type TaskView } from '../tasks/taskQuery';

export type ChartGroup = 'done' | 'onTrack' | 'overdue';

export const chartGroups: { key: ChartGroup; label: string; color: string }[] = [
  { key: 'done', label: 'Đã hoàn thành', color: '#2e7d32' },
  { key: 'onTrack', label: 'Đang thực hiện trong hạn', color: '#1d4ed8' },
  { key: 'overdue', label: 'Quá hạn', color: '#b42318' },
];

/** The task list of one bar: its group and its unit (lead) or month (the meetings of that month). */
export function barHref(by: 'unit' | 'month', row: TaskStatsRow, group: ChartGroup): string {
  const view: TaskView =
    group === 'done'
      ? { filter: 'all', statuses: ['done'] }
      : { filter: group === 'overdue' ? 'overdue' : 'on-track' };
  if (by === 'unit' && row.key) view.leadId = row.key;
  if (by === 'month') {
    const [y, m] = row.key.split('-').map(Number) as [number, number];
    view.meetingFrom = `${row.key}-01`;
    view.meetingTo = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return taskViewHref(view);
}

/** `16.000`, in the axes and the tooltip as in the table. */
const vietnameseNumber = (value: unknown): string => formatNumber(Number(value));

export function TaskChart({
  by,
  rows,
  title,
}: {
  by: 'unit' | 'month';
  rows: TaskStatsRow[];
  title: string;
}) {
  const data = by === 'unit' ? rows.slice(0, 10) : rows;
  if (data.length === 0) return <p className="muted">Chưa có nhiệm vụ nào.</p>;
  return (
    <figure aria-label={title} style={{ margin: 0 }}>
      <div className="chart-box" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          {/* Hidden from assistive technology (the table below gives the figures): nothing in it takes focus. */}
          <BarChart
            accessibilityLayer={false}
            data={data}
            layout={by === 'unit' ? 'vertical' : 'horizontal'}
            margin={{ left: 8, right: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            {by === 'unit' ? (
              <>
                <XAxis type="number" allowDecimals={false} tickFormatter={vietnameseNumber} />
                <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} tickFormatter={vietnameseNumber} />
              </>
            )}
            <Tooltip formatter={vietnameseNumber} />
            <Legend />
            {chartGroups.map((g) => (
              <Bar
                key={g.key}
                dataKey={g.key}
                name={g.label}
                stackId="tasks"
                fill={g.color}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(entry: { payload?: TaskStatsRow }) =>
                  entry.payload && navigate(barHref(by, entry.payload, g.key))
                }
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{title}</figcaption>
      <table className="chart-table">
        <caption className="sr-only">{title}: số nhiệm vụ, mỗi số mở danh sách</caption>
        <thead>
          <tr>
            <th scope="col">{by === 'unit' ? 'Đơn vị chủ trì' : 'Tháng'}</th>
            {chartGroups.map((g) => (
              <th scope="col" key={g.key}>
                {g.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {chartGroups.map((g) => (
                <td key={g.key}>
                  {row[g.key] ? (
                    <a
                      href={barHref(by, row, g.key)}
                      aria-label={`${row.label}: ${formatNumber(row[g.key])} ${g.label.toLocaleLowerCase('vi')}`}
                    >
                      {formatNumber(row[g.key])}
                    </a>
                  ) : (
                    0
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const titles = {
  unit: 'Nhiệm vụ theo đơn vị chủ trì (10 đơn vị nhiều việc quá hạn nhất)',
  month: 'Nhiệm vụ theo tháng họp (12 tháng gần đây)',
};

/** Both charts, each in its card, with their data (tasks.stats). */
export default function TaskCharts() {
  const [stats, reload] = useLoad(
    useCallback(
      () => Promise.all([invoke('tasks.stats', { by: 'unit' }), invoke('tasks.stats', { by: 'month' })]),
      [],
    ),
  );
  if (stats.state === 'failed')
    return <ErrorAlert title="Không tải được biểu đồ nhiệm vụ." error={stats.error} onRetry={reload} />;
  return (
    <Row gutter={16} className="dashboard-charts" style={{ marginBottom: 16 }}>
      {(['unit', 'month'] as const).map((by, i) => (
        <Col span={12} key={by}>
          <Card title={titles[by]}>
            {stats.state === 'loading' ? (
              <Spin />
            ) : (
              <TaskChart by={by} rows={stats.value[i] ?? []} title={titles[by]} />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
