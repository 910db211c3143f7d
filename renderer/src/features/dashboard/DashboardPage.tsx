// Tổng quan: this week's meetings, recent ones, open / overdue tasks, drafts, quick actions.
import {
  CalendarOutlined,
  CheckSquareOutlined,
  ExclamationCircleOutlined,
  FileTextOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, List, Row, Space, Spin, Statistic, Tag } from 'antd';
import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import type { MeetingBrief } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime, kindLabels } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';

// The charts and their library load on demand: the first screen does not wait for them.
const TaskCharts = lazy(() => import('./TaskCharts'));

/** A figure that opens the list it counts: a link, so the keyboard reaches it (Tab, then Enter). */
function StatCard({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <a className="stat-link-card" href={href} title={label}>
      <Card className="stat-link" hoverable>
        {children}
      </Card>
    </a>
  );
}

function MeetingItems({ items, empty }: { items: MeetingBrief[]; empty: string }) {
  return (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: empty }}
      renderItem={(m) => (
        <List.Item>
          <List.Item.Meta
            title={<a href={`#/meetings/${m.id}`}>{m.title}</a>}
            description={
              <Space size={6} wrap>
                <span className="nowrap">{formatDateTime(m.startsAt)}</span>
                <Tag color="blue">{kindLabels[m.kind]}</Tag>
                {m.location ? <span>{m.location}</span> : null}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}

export function DashboardPage() {
  useWindowTitle('Tổng quan');
  const [summary, reload] = useLoad(useCallback(() => invoke('dashboard.summary', {}), []));

  if (summary.state === 'loading') return <Spin description="Đang tải…" />;
  if (summary.state === 'failed')
    return <ErrorAlert title="Không tải được tổng quan." error={summary.error} onRetry={reload} />;
  const d = summary.value;
  return (
    <>
      <PageHeader
        title="Tổng quan"
        extra={
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('#/meetings/new')}>
              Cuộc họp mới
            </Button>
            <Button icon={<CheckSquareOutlined />} onClick={() => navigate('#/tasks')}>
              Theo dõi nhiệm vụ
            </Button>
          </Space>
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <StatCard
            href="#/meetings"
            label={`Cuộc họp trong tuần: ${d.meetingsThisWeek.length}. Mở danh sách cuộc họp`}
          >
            <Statistic
              title="Cuộc họp trong tuần"
              value={d.meetingsThisWeek.length}
              prefix={<CalendarOutlined />}
            />
          </StatCard>
        </Col>
        <Col span={6}>
          <StatCard href="#/tasks" label={`Nhiệm vụ đang mở: ${d.openTasks}. Mở danh sách nhiệm vụ đang mở`}>
            <Statistic title="Nhiệm vụ đang mở" value={d.openTasks} prefix={<CheckSquareOutlined />} />
          </StatCard>
        </Col>
        <Col span={6}>
          <StatCard
            href="#/tasks?filter=overdue"
            label={`Nhiệm vụ quá hạn: ${d.overdueTasks}. Mở danh sách nhiệm vụ quá hạn`}
          >
            <Statistic
              title="Nhiệm vụ quá hạn"
              value={d.overdueTasks}
              prefix={<ExclamationCircleOutlined />}
              styles={{ content: { color: d.overdueTasks ? '#b42318' : undefined } }}
            />
          </StatCard>
        </Col>
        <Col span={6}>
          <StatCard
            href="#/documents"
            label={`Văn bản chờ ban hành: ${d.draftDocuments}. Mở danh sách văn bản`}
          >
            <Statistic title="Văn bản chờ ban hành" value={d.draftDocuments} prefix={<FileTextOutlined />} />
          </StatCard>
        </Col>
      </Row>
      <Suspense fallback={<Spin description="Đang tải biểu đồ…" />}>
        <TaskCharts />
      </Suspense>
      <Row gutter={16}>
        <Col span={12}>
          <Card title={`Cuộc họp tuần này (${formatDate(d.weekStart)} – ${formatDate(d.weekEnd)})`}>
            <MeetingItems items={d.meetingsThisWeek} empty="Tuần này chưa có cuộc họp nào" />
          </Card>
        </Col>
        <Col span={12}>
          <Card title="Cập nhật gần đây">
            <MeetingItems items={d.recentMeetings} empty="Chưa có cuộc họp nào" />
          </Card>
        </Col>
      </Row>
    </>
  );
}
