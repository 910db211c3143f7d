// The task list's filters: status tab, lead and support unit, chairing leader, meeting, due range and
// the meeting's title. Each change becomes the address (#/tasks?…), so the filtered list can be linked.
import { Button, DatePicker, Input, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { InputRef } from 'antd';
import type { TaskFilter } from '../../../../shared/tasks';
import { invoke } from '../../api';
import { formatDate } from '../../lib/format';
import { foldedSearch, organizationOptions, useOrganizations } from '../../lib/organizations';
import { RemoteSelect } from './RemoteSelect';
import { narrowed, type TaskView } from './taskQuery';

export const filterTabs: { value: TaskFilter; label: string }[] = [
  { value: 'open', label: 'Đang mở' },
  { value: 'overdue', label: 'Quá hạn' },
  { value: 'due-soon', label: 'Đến hạn trong 7 ngày' },
  { value: 'on-track', label: 'Trong hạn' },
  { value: 'done', label: 'Đã xong' },
  { value: 'all', label: 'Tất cả' },
];

const toDay = (value: dayjs.Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

export function TaskFilters({
  view,
  onChange,
  searchRef,
}: {
  view: TaskView;
  onChange: (view: TaskView) => void;
  searchRef: RefObject<InputRef | null>;
}) {
  const organizations = useOrganizations();
  const unitOptions = organizationOptions(organizations);
  // What is typed shows as typed while the address holds what was last sent; a change from elsewhere
  // (Xóa bộ lọc, a link) shows the address's text instead.
  const [typing, setTyping] = useState({ base: view.text ?? '', text: view.text ?? '' });
  const text = typing.base === (view.text ?? '') ? typing.text : (view.text ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const type = (value: string) => {
    setTyping({ base: view.text ?? '', text: value });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const sent = value.trim() || undefined;
      setTyping({ base: sent ?? '', text: value });
      onChange({ ...view, text: sent });
    }, 300);
  };

  const set = (patch: Partial<TaskView>) => onChange({ ...view, ...patch });
  const searchPeople = useCallback(
    (q: string) =>
      invoke('people.list', { text: q || undefined, limit: 30 }).then((page) =>
        page.items.map((p) => ({ value: p.id, label: p.fullName })),
      ),
    [],
  );
  const personName = useCallback((id: string) => invoke('people.get', { id }).then((p) => p.fullName), []);
  const searchMeetings = useCallback(
    (q: string) =>
      invoke('meetings.list', { text: q || undefined, limit: 30 }).then((page) =>
        page.items.map((m) => ({ value: m.id, label: `${formatDate(m.startsAt)} · ${m.title}` })),
      ),
    [],
  );
  const meetingName = useCallback(
    (id: string) => invoke('meetings.get', { id }).then((m) => `${formatDate(m.startsAt)} · ${m.title}`),
    [],
  );
  const unitSelect = (label: string, field: 'leadId' | 'supportId' | 'organizationId' | 'organizerId') => (
    <Select
      allowClear
      showSearch={foldedSearch}
      placeholder={label}
      aria-label={label}
      style={{ width: 240 }}
      value={view[field]}
      options={unitOptions}
      onChange={(v: string | undefined) => set({ [field]: v })}
    />
  );

  return (
    <>
      <div className="filters">
        <Segmented<TaskFilter>
          aria-label="Tình trạng nhiệm vụ"
          value={view.filter}
          onChange={(filter) => set({ filter, statuses: undefined })}
          options={filterTabs}
        />
      </div>
      <div className="filters">
        {unitSelect('Đơn vị chủ trì', 'leadId')}
        {unitSelect('Đơn vị phối hợp', 'supportId')}
        <RemoteSelect
          label="Lãnh đạo chủ trì cuộc họp"
          value={view.chairId}
          onChange={(chairId) => set({ chairId })}
          search={searchPeople}
          labelOf={personName}
        />
        <RemoteSelect
          label="Cuộc họp"
          value={view.meetingId}
          onChange={(meetingId) => set({ meetingId })}
          search={searchMeetings}
          labelOf={meetingName}
          width={320}
        />
        <DatePicker.RangePicker
          aria-label="Thời hạn từ ngày đến ngày"
          placeholder={['Thời hạn từ', 'đến ngày']}
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          value={[view.dueFrom ? dayjs(view.dueFrom) : null, view.dueTo ? dayjs(view.dueTo) : null]}
          onChange={(range) => set({ dueFrom: toDay(range?.[0]), dueTo: toDay(range?.[1]) })}
        />
        <Input.Search
          ref={searchRef}
          allowClear
          aria-label="Tìm theo tên cuộc họp"
          placeholder="Tìm theo tên cuộc họp (Ctrl+F)"
          style={{ width: 280 }}
          value={text}
          onChange={(e) => type(e.target.value)}
        />
        {narrowed(view) ? (
          <Button onClick={() => onChange({ filter: view.filter })}>Xóa bộ lọc</Button>
        ) : null}
      </div>
    </>
  );
}
