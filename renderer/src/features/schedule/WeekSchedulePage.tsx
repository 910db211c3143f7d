// Lịch công tác: the week's meetings by day or by leader, built from the meetings recorded; printed as the
// office's weekly schedule (DOCX); from a meeting, "Tạo giấy mời" drafts its invitation.
import { FileWordOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import type { ScheduleItem } from '../../../../shared/schedule';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { useLoad } from '../../lib/useLoad';
import { useSaveFile } from '../../lib/useSaveFile';
import { useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { RemoteSelect } from '../tasks/RemoteSelect';
import { DayTable } from './DayTable';
import { addDays, dmy, todayInVietnam } from './labels';
import { LeaderList } from './LeaderList';

/** `initialDate` (YYYY-MM-DD, from the address): a day of the week shown first; today when absent. */
export function WeekSchedulePage({ initialDate }: { initialDate?: string }) {
  useWindowTitle('Lịch công tác');
  const { message } = App.useApp();
  const save = useSaveFile();
  const [date, setDate] = useState(() => initialDate ?? todayInVietnam());
  const [personId, setPersonId] = useState<string | undefined>();
  const [view, setView] = useState<'day' | 'leader'>('day');
  const [busy, setBusy] = useState<string | null>(null);
  const query = { date, ...(personId ? { personId } : {}) };
  const [week, reload] = useLoad(
    useCallback(() => invoke('schedule.week', { date, ...(personId ? { personId } : {}) }), [date, personId]),
  );
  const schedule = week.state === 'ready' ? week.value : null;
  const searchPeople = useCallback(
    (q: string) =>
      invoke('people.list', { text: q || undefined, limit: 30 }).then((page) =>
        page.items.map((p) => ({ value: p.id, label: p.fullName })),
      ),
    [],
  );

  const exportDocx = async () => {
    setBusy('docx');
    try {
      const file = await invoke('schedule.weekDocx', query);
      const outcome = await save({
        file,
        kind: 'docx',
        writeTo: (path: string) => invoke('schedule.saveWeekDocxTo', { ...query, path }),
        savedTitle: 'Đã lưu lịch công tác',
      });
      if (outcome === 'downloaded') void message.success(`Đã xuất lịch công tác: ${file.meetings} cuộc họp.`);
    } catch (e) {
      void message.error(describeError(e), 8);
    } finally {
      setBusy(null);
    }
  };

  const invite = async (item: ScheduleItem) => {
    setBusy(item.meetingId);
    try {
      const draft = await invoke('documents.draftFromMeeting', {
        meetingId: item.meetingId,
        type: 'invitation',
      });
      for (const w of draft.warnings) void message.warning(w.message, 8);
      void message.success('Đã tạo dự thảo giấy mời.');
      navigate(`#/documents/${draft.document.id}`);
    } catch (e) {
      void message.error(describeError(e), 8);
    } finally {
      setBusy(null);
    }
  };

  const monday = schedule?.from;
  return (
    <>
      <PageHeader
        title="Lịch công tác tuần"
        extra={
          <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void exportDocx()}>
            Xuất DOCX
          </Button>
        }
      />
      <div className="filters">
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => setDate(addDays(date, -7))}>
            Tuần trước
          </Button>
          <Button onClick={() => setDate(todayInVietnam())}>Tuần này</Button>
          <Button onClick={() => setDate(addDays(date, 7))}>
            Tuần sau <RightOutlined />
          </Button>
          <DatePicker
            aria-label="Chọn tuần"
            allowClear={false}
            value={dayjs(date)}
            format={() => (monday ? `${dmy(monday)} – ${dmy(addDays(monday, 6))}` : dmy(date))}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          />
          <RemoteSelect
            label="Lãnh đạo"
            value={personId}
            onChange={setPersonId}
            search={searchPeople}
            width={260}
          />
          <Segmented
            aria-label="Cách xem"
            value={view}
            onChange={(v) => setView(v as 'day' | 'leader')}
            options={[
              { value: 'day', label: 'Theo ngày' },
              { value: 'leader', label: 'Theo lãnh đạo' },
            ]}
          />
        </Space>
      </div>
      {schedule ? (
        <p className="muted">{`Từ ngày ${dmy(schedule.from)} đến ngày ${dmy(schedule.to)}: ${schedule.total} cuộc họp.`}</p>
      ) : null}
      {week.state === 'failed' ? (
        <ErrorAlert title="Không tải được lịch công tác." error={week.error} onRetry={reload} />
      ) : null}
      {view === 'leader' && schedule ? (
        <LeaderList schedule={schedule} />
      ) : (
        <DayTable
          schedule={schedule}
          loading={week.state === 'loading'}
          drafting={busy}
          onInvite={(i) => void invite(i)}
        />
      )}
    </>
  );
}
