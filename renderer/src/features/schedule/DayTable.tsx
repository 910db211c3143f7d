// The week by day: Thứ/ngày | Giờ | Nội dung | Chủ trì | Thành phần | Địa điểm, as the printed schedule,
// each meeting opening its record and drafting its giấy mời.
import { MailOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { ScheduleItem, WeekSchedule } from '../../../../shared/schedule';
import { dmy, personText, timeText } from './labels';

interface Row {
  key: string;
  weekday: string;
  date: string;
  /** Rows the day's cell spans (0 on its later rows). */
  span: number;
  item: ScheduleItem | null;
}

function rowsOf(schedule: WeekSchedule): Row[] {
  return schedule.days
    .filter((d, i) => i < 5 || d.items.length > 0)
    .flatMap((d): Row[] =>
      d.items.length === 0
        ? [{ key: d.date, weekday: d.weekday, date: d.date, span: 1, item: null }]
        : d.items.map((item, i) => ({
            key: `${d.date}-${item.meetingId}`,
            weekday: d.weekday,
            date: d.date,
            span: i === 0 ? d.items.length : 0,
            item,
          })),
    );
}

export function DayTable(props: {
  schedule: WeekSchedule | null;
  loading: boolean;
  drafting: string | null;
  onInvite: (item: ScheduleItem) => void;
}) {
  const { schedule, drafting, onInvite } = props;
  return (
    <Table<Row>
      className="week-schedule"
      rowKey="key"
      size="middle"
      bordered
      tableLayout="fixed"
      loading={props.loading}
      pagination={false}
      dataSource={schedule ? rowsOf(schedule) : []}
      columns={[
        {
          key: 'day',
          title: 'Thứ, ngày',
          width: 104,
          onCell: (r) => ({ rowSpan: r.span }),
          render: (_: unknown, r) => (
            <strong>
              {r.weekday}
              <br />
              {dmy(r.date)}
            </strong>
          ),
        },
        {
          key: 'time',
          title: 'Giờ',
          width: 110,
          render: (_: unknown, r) => (r.item ? timeText(r.item) : ''),
        },
        {
          key: 'title',
          title: 'Nội dung',
          render: (_: unknown, r) =>
            r.item ? (
              <a href={`#/meetings/${r.item.meetingId}`}>{r.item.title}</a>
            ) : (
              <span className="muted">Không có lịch họp</span>
            ),
        },
        {
          key: 'chair',
          title: 'Chủ trì',
          width: 190,
          render: (_: unknown, r) => r.item?.chairs.map((p) => <div key={p.personId}>{personText(p)}</div>),
        },
        {
          key: 'attendees',
          title: 'Thành phần',
          width: 220,
          render: (_: unknown, r) =>
            r.item
              ? [
                  ...r.item.attendees.slice(0, 6).map((p) => <div key={p.personId}>{personText(p)}</div>),
                  r.item.attendees.length > 6 ? (
                    <div key="more" className="muted">{`và ${r.item.attendees.length - 6} người khác`}</div>
                  ) : null,
                  ...r.item.groups.map((g) => <div key={`g-${g}`}>{g}</div>),
                ]
              : null,
        },
        { key: 'place', title: 'Địa điểm', width: 140, render: (_: unknown, r) => r.item?.place ?? '' },
        {
          key: 'invite',
          title: <span className="sr-only">Giấy mời</span>,
          width: 56,
          render: (_: unknown, r) =>
            r.item ? (
              <Button
                size="small"
                icon={<MailOutlined />}
                loading={drafting === r.item.meetingId}
                disabled={drafting !== null}
                aria-label={`Tạo giấy mời: ${r.item.title}`}
                title="Tạo giấy mời"
                onClick={() => r.item && onInvite(r.item)}
              />
            ) : null,
        },
      ]}
    />
  );
}
