// The week by leader: who chairs a meeting this week, and every meeting of the week they chair or attend.
import { Card, Empty, List, Tag } from 'antd';
import type { ScheduleItem, WeekSchedule } from '../../../../shared/schedule';
import { dmy, timeText } from './labels';

export function LeaderList({ schedule }: { schedule: WeekSchedule }) {
  const items = new Map<string, ScheduleItem>(
    schedule.days.flatMap((d) => d.items.map((i) => [i.meetingId, i])),
  );
  const weekdays = new Map(schedule.days.map((d) => [d.date, d.weekday]));
  if (schedule.leaders.length === 0)
    return <Empty description="Tuần này chưa có cuộc họp nào có người chủ trì" />;
  return (
    <div className="leader-list">
      {schedule.leaders.map((leader) => (
        <Card key={leader.personId} size="small" title={`Đồng chí ${leader.name}`}>
          <List
            size="small"
            dataSource={leader.meetings}
            renderItem={(m) => {
              const item = items.get(m.meetingId);
              return (
                <List.Item>
                  <span>
                    {`${weekdays.get(m.date) ?? ''} ${dmy(m.date)}, ${item ? timeText(item) : ''}: `}
                    <a href={`#/meetings/${m.meetingId}`}>{item?.title}</a>
                    {item?.place ? ` — ${item.place}` : ''}
                  </span>
                  <Tag color={m.role === 'chair' ? 'blue' : 'default'}>
                    {m.role === 'chair' ? 'Chủ trì' : 'Dự'}
                  </Tag>
                </List.Item>
              );
            }}
          />
        </Card>
      ))}
    </div>
  );
}
