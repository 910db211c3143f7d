// Thông tin chung: title, kind, time, place and the organizing bodies.
import { DatePicker, Form, Input, Select } from 'antd';
import { meetingKinds, type MeetingKind } from '../../../../shared/exchange';
import { DATE_TIME_FORMAT, instantToPicker, pickerToInstant } from '../../lib/dates';
import { kindLabels } from '../../lib/format';
import type { MeetingDraft } from './draft';
import { OrganizationPicker } from '../../components/OrganizationPicker';

type Patch = Partial<
  Pick<MeetingDraft, 'title' | 'kind' | 'startsAt' | 'endsAt' | 'location' | 'organizerIds'>
>;

export function GeneralInfoForm({
  draft,
  onChange,
  autoFocus = false,
}: {
  draft: MeetingDraft;
  onChange: (patch: Patch) => void;
  autoFocus?: boolean;
}) {
  return (
    <Form layout="vertical" style={{ maxWidth: 860 }} component="div">
      <Form.Item
        label="Tên cuộc họp"
        required
        htmlFor="meeting-title"
        validateStatus={draft.title.trim() ? undefined : 'warning'}
        help={draft.title.trim() ? undefined : 'Cần nhập tên cuộc họp để lưu.'}
      >
        <Input.TextArea
          id="meeting-title"
          autoFocus={autoFocus}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder="Ví dụ: Hội nghị sơ kết 6 tháng đầu năm…"
          value={draft.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Loại" htmlFor="meeting-kind">
          <Select<MeetingKind>
            id="meeting-kind"
            style={{ width: 180 }}
            value={draft.kind}
            onChange={(kind) => onChange({ kind })}
            options={meetingKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
          />
        </Form.Item>
        <Form.Item label="Bắt đầu" required htmlFor="meeting-starts">
          <DatePicker
            id="meeting-starts"
            showTime={{ format: 'HH:mm' }}
            format={DATE_TIME_FORMAT}
            allowClear={false}
            value={instantToPicker(draft.startsAt)}
            onChange={(v) => {
              const startsAt = pickerToInstant(v);
              if (startsAt) onChange({ startsAt });
            }}
          />
        </Form.Item>
        <Form.Item label="Kết thúc" htmlFor="meeting-ends">
          <DatePicker
            id="meeting-ends"
            showTime={{ format: 'HH:mm' }}
            placeholder="Chọn ngày, giờ"
            format={DATE_TIME_FORMAT}
            value={instantToPicker(draft.endsAt)}
            onChange={(v) => onChange({ endsAt: pickerToInstant(v) })}
          />
        </Form.Item>
      </div>
      <Form.Item label="Địa điểm" htmlFor="meeting-location">
        <Input
          id="meeting-location"
          value={draft.location ?? ''}
          onChange={(e) => onChange({ location: e.target.value })}
        />
      </Form.Item>
      <Form.Item
        label="Cơ quan chủ trì"
        required
        htmlFor="meeting-organizers"
        validateStatus={draft.organizerIds.length ? undefined : 'warning'}
        help={draft.organizerIds.length ? undefined : 'Cần chọn ít nhất một cơ quan chủ trì để lưu.'}
      >
        <OrganizationPicker
          id="meeting-organizers"
          label="Cơ quan chủ trì"
          mode="multiple"
          allowCreate
          placeholder="Gõ tên hoặc chữ viết tắt (ubnd, snv…)"
          value={draft.organizerIds}
          onChange={(organizerIds) => onChange({ organizerIds })}
        />
      </Form.Item>
    </Form>
  );
}
