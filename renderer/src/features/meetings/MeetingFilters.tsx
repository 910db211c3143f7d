// Filters of the meeting list: year, kind, organizer and free text (accent-insensitive on the server).
import { Input, Select, type InputRef } from 'antd';
import type { Ref } from 'react';
import { meetingKinds, type MeetingKind } from '../../../../shared/exchange';
import { kindLabels } from '../../lib/format';
import { OrganizationPicker } from '../../components/OrganizationPicker';

export interface MeetingFilterValues {
  year: number | undefined;
  kind: MeetingKind | undefined;
  organizerId: string | undefined;
  text: string;
}

const thisYear = new Date().getFullYear();
/** Typing "2016" leaves 2016 alone in the list, so Enter takes it. */
export const yearSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    String(option?.label ?? '').startsWith(input.trim()),
};
const years = Array.from({ length: thisYear + 1 - 2000 + 1 }, (_, i) => thisYear + 1 - i);

export function MeetingFilters({
  value,
  onChange,
  searchRef,
}: {
  value: MeetingFilterValues;
  onChange: (next: MeetingFilterValues) => void;
  searchRef: Ref<InputRef>;
}) {
  return (
    <div className="filters" role="search">
      <Input.Search
        ref={searchRef}
        allowClear
        placeholder="Tìm theo tên cuộc họp (Ctrl+F)"
        aria-label="Tìm cuộc họp"
        style={{ width: 320 }}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      <Select
        allowClear
        placeholder="Năm"
        aria-label="Năm"
        style={{ width: 110 }}
        showSearch={yearSearch}
        value={value.year}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={(year: number | undefined) => onChange({ ...value, year })}
      />
      <Select
        allowClear
        placeholder="Loại"
        aria-label="Loại cuộc họp"
        style={{ width: 160 }}
        value={value.kind}
        options={meetingKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
        onChange={(kind: MeetingKind | undefined) => onChange({ ...value, kind })}
      />
      <OrganizationPicker
        allowClear
        placeholder="Cơ quan chủ trì"
        label="Cơ quan chủ trì"
        style={{ width: 300 }}
        value={value.organizerId}
        onChange={(organizerId) => onChange({ ...value, organizerId: organizerId ?? undefined })}
      />
    </div>
  );
}
